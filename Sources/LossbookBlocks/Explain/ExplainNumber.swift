import LossbookCore
import LossbookEngine

/// How a number in an explanation is obtained from the results: a path into a result, or a
/// small, named computation on such paths. Kept with every number so the self-check can
/// recompute it from the JSON (TEACHING.md goal E2) and other tools can read it.
indirect enum ExplainDerivation: Sendable, Equatable {
  /// The number at a path such as `threshold.eta.estimate` (see ``ExplainSources``).
  case value(String)
  /// A constant of the explanation itself (a documented default, such as the 95% level).
  case constant(Double)
  /// `x · factor`, e.g. a slope per unit loss times −10 gives points per 0.1 loss.
  case scaled(ExplainDerivation, Double)
  /// `a − b`, e.g. a BIC difference.
  case difference(ExplainDerivation, ExplainDerivation)
  /// `base + rise · max(eta − at, 0)`: the hinge's expected score at a loss.
  case hinge(at: ExplainDerivation, base: ExplainDerivation, rise: ExplainDerivation, eta: ExplainDerivation)
  /// `1 / (B + 1)`: the smallest p-value B bootstrap replicates can give.
  case pFloor(ExplainDerivation)
  /// `round(p · (B + 1)) − 1`: how many replicates reached the observed statistic.
  case exceedances(p: ExplainDerivation, replicates: ExplainDerivation)
  /// `x` rounded to `decimals`.
  case rounded(ExplainDerivation, Int)
  /// `a + b`.
  case sum(ExplainDerivation, ExplainDerivation)

  /// The value, or nil when a path is missing or not a number.
  func evaluate(in sources: ExplainSources) -> Double? {
    switch self {
    case .value(let path): return sources.number(at: path)
    case .constant(let x): return x
    case .scaled(let a, let f): return a.evaluate(in: sources).map { $0 * f }
    case .difference(let a, let b):
      guard let x = a.evaluate(in: sources), let y = b.evaluate(in: sources) else { return nil }
      return x - y
    case .sum(let a, let b):
      guard let x = a.evaluate(in: sources), let y = b.evaluate(in: sources) else { return nil }
      return x + y
    case .hinge(let at, let base, let rise, let eta):
      guard let l = at.evaluate(in: sources), let r = base.evaluate(in: sources), let k = rise.evaluate(in: sources),
        let e = eta.evaluate(in: sources)
      else { return nil }
      return r + k * max(e - l, 0)
    case .pFloor(let b): return b.evaluate(in: sources).map { 1 / ($0 + 1) }
    case .exceedances(let p, let b):
      guard let pv = p.evaluate(in: sources), let bv = b.evaluate(in: sources) else { return nil }
      return max(0, (pv * (bv + 1)).rounded() - 1)
    case .rounded(let a, let d):
      guard let x = a.evaluate(in: sources) else { return nil }
      let f = [1.0, 10, 100, 1000, 10000, 100000][min(max(d, 0), 5)]
      return (x * f).rounded() / f
    }
  }

  /// The derivation as a formula, for the results file (`threshold.eta.estimate`, `-10 * (...)`).
  var formula: String {
    switch self {
    case .value(let path): return path
    case .constant(let x): return LossbookNumberFormat.json(x)
    case .scaled(let a, let f): return "\(LossbookNumberFormat.json(f)) * (\(a.formula))"
    case .difference(let a, let b): return "(\(a.formula)) - (\(b.formula))"
    case .sum(let a, let b): return "(\(a.formula)) + (\(b.formula))"
    case .hinge(let at, let base, let rise, let eta):
      return "(\(base.formula)) + (\(rise.formula)) * max((\(eta.formula)) - (\(at.formula)), 0)"
    case .pFloor(let b): return "1 / ((\(b.formula)) + 1)"
    case .exceedances(let p, let b): return "round((\(p.formula)) * ((\(b.formula)) + 1)) - 1"
    case .rounded(let a, let d): return "round(\(a.formula), \(d))"
    }
  }
}

/// One number of an explanation: where it comes from, how it is written, and the text used.
struct ExplainNumber: Sendable, Equatable {
  /// Where the value comes from.
  var derivation: ExplainDerivation
  /// How it is written (the shared formatter's styles).
  var style: NumberStyle
  /// The value.
  var value: Double
  /// The formatted text, exactly as it appears in the explanation.
  var text: String

  /// Makes the number from the sources, or nil when they lack it.
  init?(_ derivation: ExplainDerivation, _ style: NumberStyle, sources: ExplainSources, format: LossbookNumberFormat) {
    guard let v = derivation.evaluate(in: sources), v.isFinite else { return nil }
    self.derivation = derivation
    self.style = style
    self.value = v
    self.text = format.format(v, style: style)
  }
}
