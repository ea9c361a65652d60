import Foundation
import LossbookStats
import LossbookSyntax
import Testing

@testable import LossbookBlocks
@testable import LossbookEngine

/// `lossbook kinds` shows each default as the block applies it (issue 14): a spec with only
/// its required fields is decoded, its defaults applied by the block's own code, and each
/// compared with the field doc's text. Every doc default that is a number must be compared.
@Suite struct FieldDefaultsTests {
  /// The docs of one kind, and the fields compared so far.
  final class Docs {
    let kind: String
    let fields: [FieldDoc]
    var compared: Set<String> = []

    init(_ kind: String) throws {
      self.kind = kind
      fields = try #require(standardRegistry.kind(named: kind)).fields
    }

    init(_ kind: String, fields: [FieldDoc]) {
      self.kind = kind
      self.fields = fields
    }

    /// The default's text of a field.
    func text(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
      compared.insert(name)
      let doc = fields.first { $0.name == name }?.defaultValue
      #expect(doc != nil, "\(kind): no default documented for \(name)", sourceLocation: sourceLocation)
      return doc ?? ""
    }

    /// Expects the documented default of `name` to be `applied`.
    func expect(_ name: String, _ applied: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
      let doc = text(name, sourceLocation: sourceLocation)
      #expect(
        Double(doc) == applied, "\(kind).\(name): kinds shows \(doc), the block applies \(applied)",
        sourceLocation: sourceLocation)
    }

    func expect(_ name: String, _ applied: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
      expect(name, Double(applied), sourceLocation: sourceLocation)
    }

    func expect(_ name: String, _ applied: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
      let doc = text(name, sourceLocation: sourceLocation)
      #expect(
        doc == applied, "\(kind).\(name): kinds shows \(doc), the block applies \(applied)",
        sourceLocation: sourceLocation)
    }

    /// Every field whose documented default is a number has been compared.
    func expectEveryNumberCompared(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
      let numeric = fields.filter { $0.defaultValue.flatMap(Double.init) != nil }.map(\.name)
      #expect(Set(numeric).subtracting(compared).sorted() == [], "\(kind)", sourceLocation: sourceLocation)
    }
  }

  static func decode<Spec: Decodable>(_ type: Spec.Type, _ yaml: String) throws -> Spec {
    try SpecDecoder(position: YAMLPosition(firstLine: 1, indent: 0)).decode(type, yaml: yaml).get()
  }

  static let context = ExecutionContext(
    blockID: "b", blockRange: SourceRange(line: 1, column: 1, length: 1), seed: 1, params: [:], language: .en,
    jobs: 1, dataFiles: DataFileOpener(roots: []), upstream: [:])

  @Test func threshold() throws {
    let docs = try Docs("threshold")
    let spec = try Self.decode(ThresholdSpec.self, "table: t\nx: loss\ny: score")
    let s = try ThresholdSettings(spec, context: Self.context)
    docs.expect("bootstrap", s.supFReplicates)
    docs.expect("ci.replicates", s.ciReplicates)
    docs.expect("ci.level", s.level)
    docs.expect("ci.method", s.intervalMethod.rawValue)
    docs.expect("ci.resample", s.resampleRuns ? "runs" : "cases")
    docs.expect("runs", s.runsColumn.value)
    docs.expect("min_side", s.minSide)
    docs.expect("alpha", s.rules.alpha)
    docs.expect("davies.k", s.daviesK)
    docs.expect("pelt.min_size", s.peltMinSize)
    docs.expect("binseg.breaks", s.binsegBreaks)
    docs.expect("binseg.min_size", s.binsegMinSize)
    docs.expect("chance_tolerance", s.rules.chanceTolerance)
    docs.expect("chance_slack", s.chanceSlack)
    docs.expect("bic_margin", s.rules.bicMargin)
    docs.expect("grey_zone", s.rules.greyZoneFactor)
    docs.expect("verdict_rule", (spec.verdict_rule?.value ?? ThresholdSpec.Defaults.verdictRule).rawValue)
    let multiplier = try #require(Double(docs.text("pelt.multiplier")))
    #expect(docs.text("pelt.penalty") == "mad")
    #expect(s.peltPenalty == .madOfDifferences(multiplier: multiplier))
    let tests = ThresholdSpec.Test.allCases.filter { s.tests.contains($0) }.map(\.rawValue)
    docs.expect("tests", "[\(tests.joined(separator: ", "))], and chow when chow.at is given")
    guard case .gaps(let from, let to) = s.candidates else {
      Issue.record("candidates: \(s.candidates)")
      return
    }
    docs.expect("candidates", String(format: "gaps from %.2f to %.2f", from, to))
    docs.expect("limits", "{replicates: \(Int(ThresholdLimits.defaultReplicates))}")
    docs.expectEveryNumberCompared()
  }

  @Test func collapse() throws {
    let docs = try Docs("collapse")
    let spec = try Self.decode(CollapseSpec.self, "table: t\nx: loss\ny: score\nby: size")
    let o = try CollapseBlock.options(spec, context: Self.context)
    docs.expect("replicates", o.replicates)
    docs.expect("tolerance", o.tolerance)
    docs.expect("alpha", o.alpha)
    docs.expect("level", o.level)
    docs.expect("min_overlap", spec.min_overlap?.value ?? CollapseSpec.Defaults.minOverlap)
    docs.expect("model", (spec.model?.value.value ?? CollapseSpec.Defaults.model).rawValue)
    docs.expect("differ", (spec.differ?.value.value ?? CollapseSpec.Defaults.differ).rawValue)
    docs.expectEveryNumberCompared()
  }

  @Test func fit() throws {
    let docs = try Docs("fit")
    let spec = try Self.decode(FitSpec.self, "table: t\nx: loss\ny: score")
    let o = try FitBlock.options(spec)
    docs.expect("min_side", o.minSide)
    docs.expect("grid_refine", o.gridRefine)
    docs.expect("grid_size", o.gridSize)
    docs.expect("huber_iterations", o.huberMaxIterations)
    docs.expect("huber_tolerance", o.huberTolerance)
    docs.expect("bound_tolerance", o.boundTolerance)
    docs.expect("xtol", o.nonlinear.xtol)
    docs.expect("gtol", o.nonlinear.gtol)
    docs.expect("ftol", o.nonlinear.ftol)
    docs.expect("max_iterations", o.nonlinear.maxIterations)
    docs.expect("collinearity", o.nonlinear.collinearityTolerance)
    docs.expect("geodesic", "\(o.nonlinear.geodesicAcceleration)")
    docs.expect("trace", "\(o.nonlinear.recordTrace)")
    docs.expect("starts", o.gridStarts ? "grid" : "data")
    docs.expect("binomial_floor", spec.binomial_floor?.value ?? FitSpec.Defaults.binomialFloor)
    docs.expect("criterion", (spec.criterion?.value ?? FitSpec.Defaults.criterion).rawValue)
    docs.expect("models", "[\(FitSpec.Defaults.models.map(\.rawValue).joined(separator: ", "))]")
    docs.expectEveryNumberCompared()
  }

  @Test func sweep() throws {
    let docs = try Docs("sweep")
    let spec = try Self.decode(SweepSpec.self, "family: f\ntask: t\nreplicates: 10")
    let a = try SweepSetup.analysis(spec, context: Self.context)
    docs.expect("analysis.bootstrap", a.bootstrap)
    docs.expect("analysis.alpha", a.alpha)
    docs.expect("analysis.level", a.level)
    docs.expect("analysis.min_side", a.minSide)
    docs.expect("analysis.logistic", "\(a.compareLogistic)")
    docs.expect("analysis.tests", "[\(a.tests.map(\.rawValue).joined(separator: ", "))]")
    docs.expect("limits.fits", spec.limits?.fits?.value ?? SweepLimits.defaultFits)
    docs.expectEveryNumberCompared()
  }

  @Test func budget() throws {
    let docs = try Docs("budget")
    let spec = try Self.decode(
      BudgetSpec.self, "law: {E: 1.7, A: 400, B: 410, alpha: 0.34, beta: 0.28}\nthreshold: 2.2\nsizes: [1e9]")
    let result = try BudgetBlock.run(spec, context: Self.context)
    docs.expect("level", result.numbers.level)
    #expect(spec.replicates == nil)
    #expect(docs.text("replicates").hasSuffix("else \(BudgetSpec.Defaults.replicates)"))
    docs.expectEveryNumberCompared()
  }

  @Test func plot() throws {
    let docs = try Docs("plot")
    let spec = try Self.decode(PlotSpec.self, "table: t\nx: loss\ny: score")
    docs.expect("bins", PlotSpec.Defaults.bins)
    docs.expect("mark", (spec.mark?.value ?? PlotSpec.Defaults.mark).rawValue)
    docs.expect("x_scale", (spec.x_scale?.value ?? PlotSpec.Defaults.xScale).rawValue)
    docs.expect("y_scale", (spec.y_scale?.value ?? PlotSpec.Defaults.yScale).rawValue)
    docs.expect("scales", (spec.scales?.value ?? PlotSpec.Defaults.scales).rawValue)
    docs.expect("facet", "\(spec.facet ?? PlotSpec.Defaults.facet)")
    docs.expect("y_percent", "\(spec.y_percent ?? PlotSpec.Defaults.yPercent)")
    let overlay = try #require(docs.fields.first { $0.name == "overlay" }).meaning
    #expect(overlay.contains("at level (default \(PlotSpec.Defaults.overlayLevel))"))
    docs.expectEveryNumberCompared()
  }

  @Test func explore() throws {
    let docs = try Docs("explore")
    _ = try Self.decode(ExploreSpec.self, "of: f\ntask: t")
    let shapes = ExploreSpec.Defaults.shapes.map { "[\($0.shape.controls[0].rawValue), items] for \($0.words)" }
    docs.expect("controls", shapes.joined(separator: ", "))
    let presets = try #require(docs.fields.first { $0.name == "presets" }).meaning
    #expect(presets.contains("exact match of \(ExplorePresets.mirageTokens) tokens"))
    #expect(presets.contains("\(ExplorePresets.fewQuestions) questions per checkpoint"))
    docs.expectEveryNumberCompared()
  }

  @Test func family() throws {
    let docs = try Docs("family")
    let spec = try Self.decode(FamilySpec.self, "law: chinchilla")
    let limits = try ResolvedLimits(spec.limits, context: Self.context)
    docs.expect("limits.items", limits.items)
    docs.expect("limits.item_draws", limits.itemDraws)
    docs.expect("limits.checkpoints", limits.checkpoints)
    docs.expect("loss_noise", FamilySpec.Defaults.lossNoise)
    docs.expect("score_noise", FamilySpec.Defaults.scoreNoise)
    docs.expect("score_from", (spec.score_from?.value ?? FamilySpec.Defaults.scoreFrom).rawValue)
    docs.expect("tasks[].ceiling", FamilySpec.Defaults.ceiling)
    #expect(docs.text("tasks[].random").hasPrefix("\(FieldDoc.show(FamilySpec.Defaults.random)) "))
    #expect(
      docs.text("tasks[].eta, spread, sharpness").hasSuffix("spread \(FieldDoc.show(FamilySpec.Defaults.spread))"))
    docs.expectEveryNumberCompared()
  }

  @Test func table() throws {
    let docs = try Docs("table")
    let spec = try Self.decode(TableSpec.self, "of: t")
    #expect(spec.rows == nil)
    docs.expect("rows", TableSpec.Defaults.rows)
    docs.expectEveryNumberCompared()
  }

  @Test func explain() throws {
    let docs = try Docs("explain")
    let spec = try Self.decode(ExplainSpec.self, "of: t")
    docs.expect("audience", (spec.audience?.value ?? ExplainSpec.Defaults.audience).rawValue)
    docs.expect("quiz", "\(spec.quiz ?? ExplainSpec.Defaults.quiz)")
    docs.expect("metric", (spec.metric?.value ?? ExplainSpec.Defaults.metric).rawValue)
    docs.expect("points", (spec.points?.value ?? ExplainSpec.Defaults.points).rawValue)
    docs.expectEveryNumberCompared()
  }

  @Test func data() throws {
    let docs = try Docs("data")
    let spec = try Self.decode(DataSpec.self, "rows: [{x: 1}]")
    #expect(spec.limits?.bytes == nil)
    #expect(docs.text("limits").hasPrefix("{bytes: \(Int(DataLimits.defaultBytes))}"))
    docs.expectEveryNumberCompared()
  }

  @Test func frontMatter() throws {
    let docs = Docs("front-matter", fields: FrontMatter.fields + [BlockDisplay.field])
    let f = try Self.decode(FrontMatter.self, "title: t")
    docs.expect("seed", Int(f.seed))
    docs.expect("lang", f.lang.rawValue)
    docs.expect("toc", "\(f.toc)")
    docs.expect("code", f.code.rawValue)
    docs.expect("csv_formulas", f.csvFormulas.rawValue)
    docs.expect("adjust", f.adjust.rawValue)
    docs.expect("limits", "{output: \(Int(f.outputLimit / 1e6))M}")
    docs.expect("output", BlockDisplay.defaultDisplay.rawValue)
    docs.expectEveryNumberCompared()
  }
}
