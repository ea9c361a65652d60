import LossbookCore
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// Which plot fields go with which mark, checked when the block is decoded (so `lossbook
/// check` reports them): a histogram counts x, so the fields about y values, series and
/// panels are errors with it, and `bins` is an error without it.
struct PlotMarkRules {
  var mark: Located<Choice<PlotSpec.Mark>>?
  var y: OneOrMany?
  var color: Located<String>?
  var bins: Located<Double>?
  var xScale: Located<Choice<PlotSpec.Scale>>?
  var yScale: Located<Choice<PlotSpec.Scale>>?
  var facet: Located<Bool>?
  var chance: SpecNumber?
  var yPercent: Located<Bool>?

  var isHistogram: Bool { mark?.value.value == .histogram }

  /// Throws at the first field that does not go with the mark.
  func check() throws(SpecDecodingError) {
    guard isHistogram else {
      if let bins {
        throw notForMark(
          .binsWithoutHistogram(mark: mark?.value.value.rawValue ?? PlotSpec.Mark.points.rawValue), at: bins.range,
          help: .binsWithoutHistogramHelp)
      }
      return
    }
    if let y {
      throw notForMark(.histogramTakesNoY, at: y.range ?? y.names.first?.range, help: .histogramTakesNoYHelp)
    }
    if let color {
      throw notForMark(.histogramTakesNoColor, at: color.range, help: .removeField("color"))
    }
    if let facet, facet.value {
      throw notForMark(.histogramTakesNoFacet, at: facet.range, help: .removeField("facet"))
    }
    if let chance {
      throw notForMark(.histogramTakesNoChance, at: chance.range, help: .removeField("chance"))
    }
    if let yPercent, yPercent.value {
      throw notForMark(.histogramTakesNoYPercent, at: yPercent.range, help: .removeField("y_percent"))
    }
    for scale in [xScale, yScale].compactMap(\.self) where scale.value.value == .log {
      throw notForMark(.histogramLogScale, at: scale.range, help: .histogramLogScaleHelp)
    }
  }

  /// The number of bins: `bins` when given (a whole number from 1 to 1000), else the default.
  func binCount() throws(SpecDecodingError) -> Int {
    guard let bins else { return PlotSpec.Defaults.bins }
    let n = bins.value
    guard n.rounded() == n, n >= 1, n <= Double(PlotSpec.maxBins) else {
      let shown = LossbookNumberFormat().format(n, style: .significant(12))
      throw SpecDecodingError(
        PlotDiagnostics.badBins, .plot(.badBins(maximum: PlotSpec.maxBins, value: shown)), at: bins.range,
        help: .plot(.binsHelp(default: PlotSpec.Defaults.bins)))
    }
    return Int(n)
  }

  private func notForMark(_ message: PlotProblem, at range: SourceRange?, help: PlotProblem) -> SpecDecodingError {
    SpecDecodingError(PlotDiagnostics.fieldNotForMark, .plot(message), at: range, help: .plot(help))
  }
}
