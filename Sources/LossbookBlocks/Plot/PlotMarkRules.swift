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
          "bins sets the bins of a histogram; this plot draws \(mark?.value.value.rawValue ?? "points")",
          at: bins.range,
          help: "add mark: histogram, or remove bins")
      }
      return
    }
    if let y {
      throw notForMark(
        "a histogram counts the values of x, so it takes no y", at: y.range ?? y.names.first?.range,
        help: "remove y: the y axis is the count")
    }
    if let color {
      throw notForMark("a histogram draws one set of bars, so it takes no color", at: color.range, help: "remove color")
    }
    if let facet, facet.value {
      throw notForMark("a histogram is one panel, so it takes no facet", at: facet.range, help: "remove facet")
    }
    if let chance {
      throw notForMark(
        "chance is a level of the score, and a histogram's y axis is a count", at: chance.range, help: "remove chance")
    }
    if let yPercent, yPercent.value {
      throw notForMark("a histogram's y axis is a count, not a share", at: yPercent.range, help: "remove y_percent")
    }
    for scale in [xScale, yScale].compactMap(\.self) where scale.value.value == .log {
      throw notForMark(
        "a histogram's bins have equal widths on linear axes", at: scale.range, help: "remove the log scale")
    }
  }

  /// The number of bins: `bins` when given (a whole number from 1 to 1000), else the default.
  func binCount() throws(SpecDecodingError) -> Int {
    guard let bins else { return PlotSpec.Defaults.bins }
    let n = bins.value
    guard n.rounded() == n, n >= 1, n <= Double(PlotSpec.maxBins) else {
      let shown = LossbookNumberFormat().format(n, style: .significant(12))
      throw SpecDecodingError(
        PlotDiagnostics.badBins, "bins must be a whole number from 1 to \(PlotSpec.maxBins), not \(shown)",
        at: bins.range,
        help: "30 bins suit a few hundred values")
    }
    return Int(n)
  }

  private func notForMark(_ message: String, at range: SourceRange?, help: String) -> SpecDecodingError {
    SpecDecodingError(PlotDiagnostics.fieldNotForMark, message, at: range, help: help)
  }
}
