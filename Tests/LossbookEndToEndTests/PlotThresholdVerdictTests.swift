import Foundation
import LossbookEngine
import LossbookTestSupport
import Testing

@testable import LossbookBlocks

/// A threshold overlay draws a threshold only for the verdict `emergent`: a smooth task gets the
/// curve of its best model by BIC on top, no threshold line, no band and no hinge, and the
/// description says so.
@Suite struct PlotThresholdVerdictTests {
  /// The plot's SVG: an emergent MMLU and a smooth (straight) HellaSwag, each with its own
  /// threshold block and no fit overlay.
  func svg(facet: Bool) throws -> String {
    let rows = (0..<40).map { i -> String in
      let loss = 1.95 + 0.02 * Double(i)
      let wiggle = i % 2 == 0 ? 0.006 : -0.006
      let mmlu = 0.25 + 0.9 * max(0, 2.25 - loss) + wiggle
      let hellaswag = 0.3 + 0.5 * (2.75 - loss) + wiggle
      return "{loss: \(loss), MMLU: \(mmlu), HellaSwag: \(hellaswag)}"
    }
    let threshold = { (name: String, y: String) in
      """
      ```threshold \(name)
      table: s
      x: loss
      y: \(y)
      random: 0.25
      tests: [supf]
      bootstrap: 49
      ci: {replicates: 100}
      ```
      """
    }
    let text = """
      ```data s
      rows: [\(rows.joined(separator: ", "))]
      ```

      \(threshold("t_mmlu", "MMLU"))

      \(threshold("t_hs", "HellaSwag"))

      ```plot p
      table: s
      x: loss
      y: \(facet ? "[MMLU, HellaSwag]" : "HellaSwag")
      facet: \(facet)
      chance: 0.25
      overlay: [\(facet ? "t_mmlu, " : "")t_hs]
      ```
      """
    let r = try NotebookRunner.render(text)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    return r.files["n/p.svg"] ?? ""
  }

  static func description(_ svg: String) throws -> String {
    let afterDesc = try #require(svg.components(separatedBy: "-desc\">").dropFirst().first)
    return try #require(afterDesc.components(separatedBy: "</desc>").first)
  }

  @Test func aSmoothVerdictDrawsItsBestCurveAndNoThreshold() throws {
    let svg = try svg(facet: false)
    #expect(!svg.contains("class=\"lb-threshold\""))
    #expect(!svg.contains("class=\"lb-threshold-band\""))
    #expect(!svg.contains("class=\"lb-reference\""))
    #expect(!svg.contains("hinge fit"))
    #expect(svg.contains("data-series=\"linear fit, best by BIC (HellaSwag)\""))
    let desc = try Self.description(svg)
    #expect(desc.contains("HellaSwag: no threshold (smooth), so no threshold line"), "\(desc)")
    #expect(desc.contains("the line drawn is the linear fit, the smallest BIC"), "\(desc)")
  }

  @Test func inFacetsOnlyTheEmergentPanelHasAThresholdLine() throws {
    let svg = try svg(facet: true)
    let panels = svg.components(separatedBy: "<g class=\"lb-panel\"").dropFirst()
    #expect(panels.count == 2)
    #expect(panels.filter { $0.contains("class=\"lb-threshold\"") }.count == 1)
    #expect(panels.first?.contains("class=\"lb-threshold\"") == true)
    // The best curve is drawn after (on top of) the data of its panel.
    let last = try #require(panels.last)
    let data = try #require(last.range(of: "data-series=\"HellaSwag\""))
    let best = try #require(last.range(of: "data-series=\"linear fit, best by BIC (HellaSwag)\""))
    #expect(data.lowerBound < best.lowerBound)
    #expect(PlotFacetTests.legend(svg).contains("linear fit (best by BIC)"))
  }
}

/// Fitted lines never take a data series' colour while the palette lasts (seven model sizes and
/// a hinge: eight colours).
@Suite struct PlotLineStyleTests {
  @Test func linesAvoidTheDataColours() {
    for data in 1...7 {
      var styles = PlotLineStyles(faceted: false, dataStyles: data)
      let lines = (0..<(8 - data)).map { _ in styles.next(kind: "hinge") }
      #expect(lines.allSatisfy { $0 >= data && $0 < 8 }, "\(data) data series: lines \(lines)")
      #expect(Set(lines).count == lines.count)
    }
  }
}
