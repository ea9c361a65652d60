import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookTestSupport
import Testing

/// `plot` with `mark: histogram` through the pipeline: its bins (checked against counts made
/// here), its SVG, its CSV side file and results, and the diagnostics of its fields.
@Suite struct PlotHistogramTests {
  typealias Rendered = NotebookRunner.Rendered

  func render(_ text: String, files: [String: String] = [:]) throws -> Rendered {
    try NotebookRunner.render(text, files: files)
  }

  /// The diagnostics of `lossbook check` (split, decode, resolve; nothing runs).
  func check(_ text: String) throws -> [Diagnostic] {
    try NotebookRunner.check(text).diagnostics
  }

  /// Deterministic values near 2.2, as a one-column CSV `eta` (plus `extra` lines as written).
  static func etaCSV(count: Int, extra: [String] = []) -> (csv: String, values: [Double]) {
    var state: UInt64 = 2024
    let values = (0..<count).map { _ -> Double in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Two humps, so the counts are uneven.
      let u = Double(state >> 11) / Double(1 << 53)
      return u < 0.7 ? 2.2 + 0.012 * u : 2.23 + 0.005 * u
    }
    return ("eta\n" + (values.map { "\($0)" } + extra).joined(separator: "\n") + "\n", values)
  }

  static let notebook = """
    ```data d
    path: d.csv
    ```

    ```plot h
    table: d
    x: eta
    mark: histogram
    bins: 17
    ```
    """

  @Test func binsMatchAnIndependentCountAndSumToN() throws {
    let (csv, values) = Self.etaCSV(count: 400, extra: ["NaN", "inf"])
    let r = try render(Self.notebook, files: ["d.csv": csv])
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let bins = r.csv("h.csv")
    #expect(r.files["n/h.csv"]?.hasPrefix("bin_lower,bin_upper,count\n") == true)
    let lower = r.numbers(bins, "bin_lower")
    let upper = r.numbers(bins, "bin_upper")
    let counts = r.numbers(bins, "count")
    #expect(counts.count == 17)
    #expect(counts.reduce(0, +) == 400)  // the NaN and inf are left out
    // Equal widths over [min, max] of the finite values.
    let lo = values.min()!
    let hi = values.max()!
    #expect(lower.first == lo && upper.last == hi)
    for i in 0..<17 {
      #expect(abs(lower[i] - (lo + (hi - lo) * Double(i) / 17)) < 1e-12)
      #expect(abs((upper[i] - lower[i]) - (hi - lo) / 17) < 1e-12)
    }
    // Counted here again from the written edges: [a, b), the last [a, b].
    for i in 0..<17 {
      let n = values.filter { $0 >= lower[i] && ($0 < upper[i] || (i == 16 && $0 <= upper[i])) }.count
      #expect(Double(n) == counts[i], "bin \(i)")
    }
    #expect(counts[16] >= 1)  // the maximum is in the last bin

    // The results file carries the same bins.
    let json = try #require(
      r.files["n.json"].flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
    let h = try #require(((json["blocks"] as? [String: Any])?["h"] as? [String: Any])?["result"] as? [String: Any])
    let histogram = try #require(h["histogram"] as? [String: Any])
    #expect(histogram["bins"] as? Double == 17 && histogram["non_finite"] as? Double == 2)
    #expect((histogram["count"] as? [Double]) == counts)
    #expect(h["points"] as? Double == 400)
  }

  @Test func theSVGHasOneRectPerBinWithHeightsProportionalToTheCounts() throws {
    let (csv, _) = Self.etaCSV(count: 400, extra: ["NaN"])
    let r = try render(Self.notebook, files: ["d.csv": csv])
    let svg = try #require(r.files["n/h.svg"])
    let counts = r.numbers(r.csv("h.csv"), "count")
    let rects = Self.elements("rect", class: "lb-bar", in: svg)
    #expect(rects.count == 17)
    let heights = rects.map { Double($0["height"] ?? "") ?? .nan }
    #expect(heights.allSatisfy { $0.isFinite && $0 >= 0 } && heights.contains { $0 > 100 })
    let scale = zip(heights, counts).filter { $0.1 > 0 }.map { $0.0 / $0.1 }
    #expect(scale.max()! - scale.min()! < 0.02)  // coordinates are rounded to 0.01 px
    for (height, count) in zip(heights, counts) where count == 0 { #expect(height == 0) }
    // Accessible: role, title, and a generated description of the histogram.
    #expect(svg.contains("role=\"img\""))
    #expect(svg.contains("<title id=\"fig-h-title\">Distribution of eta</title>"))
    let desc = try #require(Self.text(of: "desc", in: svg))
    let tallest = Int(counts.max()!)
    #expect(desc.hasPrefix("Histogram of eta: 400 values in 17 bins from "))
    #expect(desc.contains("; the tallest bin, ") && desc.contains(", holds \(tallest)."))
    #expect(desc.contains("1 value that is not a finite number is left out."))
    // The y axis is the count; the report links the bins.
    #expect(svg.contains(">count</text>"))
    #expect(r.files["n.html"]?.contains("href=\"./n/h.csv\"") == true)
  }

  @Test func aThresholdOverlayDrawsItsLineAndBandOverTheBars() throws {
    let rows = (0..<24).map { i -> String in
      let loss = 2.0 + 0.04 * Double(i)
      let score = loss < 2.3 ? 0.25 + 0.9 * (2.3 - loss) + (i % 2 == 0 ? 0.006 : -0.006) : (i % 2 == 0 ? 0.26 : 0.24)
      return "{loss: \(loss), score: \(score)}"
    }
    let r = try render(
      """
      ```data s
      rows: [\(rows.joined(separator: ", "))]
      ```

      ```threshold t
      table: s
      x: loss
      y: score
      random: 0.25
      tests: [supf]
      bootstrap: 49
      ci: {replicates: 200}
      ```

      ```plot h
      table: t
      x: eta
      mark: histogram
      overlay: [t]
      ```
      """)
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let svg = try #require(r.files["n/h.svg"])
    #expect(Self.elements("rect", class: "lb-bar", in: svg).count == 30)
    #expect(svg.contains("class=\"lb-threshold\""))
    #expect(svg.contains("class=\"lb-threshold-band\""))
    #expect(!svg.contains("lb-series"))  // no hinge on a count axis
    // Bars first, then the band and the line over them.
    let bar = try #require(svg.range(of: "lb-bar\""))
    let band = try #require(svg.range(of: "lb-threshold-band"))
    #expect(bar.lowerBound < band.lowerBound)
    let desc = try #require(Self.text(of: "desc", in: svg))
    #expect(desc.contains(" Marked: threshold "))
    #expect(r.numbers(r.csv("h.csv"), "count").reduce(0, +) <= 200)
  }

  @Test func equalValuesGiveOneBar() throws {
    let r = try render(Self.notebook, files: ["d.csv": "eta\n2.385\n2.385\n2.385\n"])
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    #expect(r.files["n/h.csv"] == "bin_lower,bin_upper,count\n2.385,2.385,3\n")
    let svg = try #require(r.files["n/h.svg"])
    #expect(Self.elements("rect", class: "lb-bar", in: svg).count == 1)
    #expect(Self.text(of: "desc", in: svg) == "Histogram of eta: all 3 values equal 2.385, in one bar.")
  }

  @Test func noFiniteValueIsNoData() throws {
    let r = try render(Self.notebook, files: ["d.csv": "eta\nNaN\n-inf\n"])
    #expect(r.outcome.diagnostics.map(\.id.rawValue) == ["plot-no-data"])
  }

  @Test func japaneseReportsCountInTheirOwnWords() throws {
    let (csv, _) = Self.etaCSV(count: 50)
    let r = try render("---\nlang: ja\n---\n\n" + Self.notebook, files: ["d.csv": csv])
    let svg = try #require(r.files["n/h.svg"])
    #expect(svg.contains(">度数</text>"))
    #expect(Self.text(of: "desc", in: svg)?.hasPrefix("etaのヒストグラム（50個の値、") == true)
    #expect(svg.contains(">etaの分布</text>"))
  }

  @Test func aFitOverlayIsAnError() throws {
    let r = try render(
      """
      ```data d
      rows: [{x: 1.93, y: 0.71}, {x: 2.07, y: 0.62}, {x: 2.18, y: 0.52}, {x: 2.26, y: 0.44}, {x: 2.35, y: 0.33}]
      ```

      ```fit f
      table: d
      x: x
      y: y
      models: [linear]
      ```

      ```plot h
      table: d
      x: x
      mark: histogram
      overlay: [f]
      ```
      """)
    #expect(r.outcome.diagnostics.map(\.id.rawValue) == ["plot-field-not-for-mark"])
  }

  /// Each field that does not go with the mark, reported by `check` (before running) where it
  /// is written.
  @Test(arguments: [
    ("y: 1️⃣eta\nmark: histogram", "plot-field-not-for-mark"),
    ("y: 1️⃣[eta, eta]\nmark: histogram", "plot-field-not-for-mark"),
    ("mark: histogram\ncolor: 1️⃣eta", "plot-field-not-for-mark"),
    ("mark: histogram\nfacet: 1️⃣true", "plot-field-not-for-mark"),
    ("mark: histogram\nchance: 1️⃣0.25", "plot-field-not-for-mark"),
    ("mark: histogram\ny_percent: 1️⃣true", "plot-field-not-for-mark"),
    ("mark: histogram\nx_scale: 1️⃣log", "plot-field-not-for-mark"),
    ("mark: histogram\ny_scale: 1️⃣log", "plot-field-not-for-mark"),
    ("y: eta\nbins: 1️⃣20", "plot-field-not-for-mark"),
    ("mark: histogram\nbins: 1️⃣0", "plot-bad-bins"),
    ("mark: histogram\nbins: 1️⃣1001", "plot-bad-bins"),
    ("mark: histogram\nbins: 1️⃣2.5", "plot-bad-bins"),
    ("mark: histogram\nbins: 1️⃣-3", "plot-bad-bins"),
    ("mark: histogram\nbins: 1️⃣.nan", "plot-bad-bins"),
    ("mark: points\n1️⃣x_label: no y", "missing-field"),
  ])
  func fieldsThatDoNotGoWithTheMark(fields: String, id: String) throws {
    let marked = MarkedSource("```data d\nrows: [{eta: 2.2}]\n```\n\n```plot p\ntable: d\nx: eta\n\(fields)\n```\n")
    let diagnostics = try check(marked.text)
    #expect(diagnostics.map(\.id.rawValue) == [id])
    let at = try #require(marked.location("1️⃣"))
    if id == "missing-field" {
      // A missing field points at the block's mapping, as before histograms.
      #expect(diagnostics.first?.range?.start.line == 6)
    } else {
      #expect(diagnostics.first?.range?.start.line == at.line && diagnostics.first?.range?.start.column == at.column)
    }
  }

  @Test func theEdgesOfTheFieldsAreAccepted() throws {
    for fields in [
      "mark: histogram\nbins: 1", "mark: histogram\nbins: 1000",
      "mark: histogram\nfacet: false\ny_percent: false\nx_scale: linear",
    ] {
      #expect(
        try check("```data d\nrows: [{eta: 2.2}]\n```\n\n```plot p\ntable: d\nx: eta\n\(fields)\n```\n").isEmpty,
        "\(fields)")
    }
  }

  /// The attributes of every `<name … class="cls" …/>` in `svg`.
  static func elements(_ name: String, class cls: String, in svg: String) -> [[String: String]] {
    svg.split(separator: "\n").filter { $0.hasPrefix("<\(name) ") && $0.contains("class=\"\(cls)\"") }.map { line in
      var attributes: [String: String] = [:]
      for part in line.split(separator: "\" ") {
        let pair = part.split(separator: "=\"", maxSplits: 1)
        guard pair.count == 2 else { continue }
        let key = pair[0].split(separator: " ").last.map(String.init) ?? ""
        attributes[key] = String(pair[1]).replacingOccurrences(of: "\"/>", with: "")
      }
      return attributes
    }
  }

  /// The text of the first `<name …>text</name>` in `svg`.
  static func text(of name: String, in svg: String) -> String? {
    guard let open = svg.range(of: "<\(name) "),
      let close = svg.range(of: "</\(name)>", range: open.upperBound..<svg.endIndex),
      let start = svg.range(of: ">", range: open.upperBound..<close.lowerBound)
    else { return nil }
    return String(svg[start.upperBound..<close.lowerBound])
  }
}
