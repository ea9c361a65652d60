import Foundation
import LossbookCore
import LossbookSimulation
import LossbookWords

/// The explorer's live sentence, made from the `explain` block's own catalogue (TEACHING X4):
/// the same templates, glossary words and number styles (``ExplainStyle``), in en and ja.
/// The page carries each state's template with the slider-driven placeholders left in, and
/// every slider position's words already written by the shared formatter, so the script only
/// looks words up and never formats a number itself.
struct ExploreSentence {
  let language: ReportLanguage
  /// The simulation's loss range: the mirage's per-token probabilities are given at its ends.
  let loss: ClosedRange<Double>

  /// The catalogue keys of a state's sentence, in reading order: what the curve does, then
  /// what the number of questions can resolve (X9).
  static func keys(_ state: ExploreState) -> [String] {
    let curve: [String]
    switch state.shape {
    case .hinge: curve = ["short.emergent.flat", "short.emergent.rise"]
    case .logistic: curve = ["explore.smooth", "short.smooth.steady"]
    case .linear: curve = ["explore.linear", "short.smooth.steady"]
    case .exactMatch: curve = ["explore.exact.token", "explore.exact.whole", "explore.exact.onset"]
    }
    guard state.items != nil else { return curve }
    if case .exactMatch = state.shape { return curve + ["explore.resolution"] }
    return curve + ["explore.band"]
  }

  /// The placeholders a control drives: the page lists its slider's words for each of them.
  static func placeholders(_ control: ExploreSpec.Control) -> [String] {
    switch control {
    case .eta: ["eta"]
    case .slope: ["points"]
    case .items: ["items", "band"]
    case .mid: ["mid"]
    case .width: ["width"]
    case .tokens: ["tokens", "exact_high", "exact_low", "onset"]
    }
  }

  /// The exact-match score the sentence measures the jump by: it "stays below 10%" until...
  static let visibleLevel = 0.1

  /// Which of the sentences `explore.exact.onset.*` describes an exact-match state of `tokens`
  /// tokens whose score is `high` at the highest loss and `low` at the lowest: `one` (the two
  /// scores coincide), `early` (at the level already), `never` (below it throughout) or `late`.
  static func onset(tokens: Int, high: Double, low: Double) -> String {
    if tokens == 1 { return "one" }
    if high >= visibleLevel { return "early" }
    return low < visibleLevel ? "never" : "late"
  }

  /// The metric a state is scored by: exact match for the mirage, else accuracy.
  static func metric(_ shape: ExploreBlock.Shape) -> ExplainMetric {
    if case .exactMatch = shape { return .exactMatch }
    return .accuracy
  }

  /// The guessing band of X9 in percentage points: two binomial standard errors of the
  /// guessing level `chance` with `items` questions, 200·sqrt(c(1 − c)/n) (±8.7 for c = 0.25,
  /// n = 100; ±2.7 for n = 1,000).
  static func guessingBand(chance: Double, items: Int) -> Double {
    items > 0 ? 200 * (chance * (1 - chance) / Double(items)).squareRoot() : 0
  }

  /// Every value a template of `state` may name, written as explanations write it.
  func words(_ state: ExploreState) -> [String: String] {
    let f = LossbookNumberFormat(language: language)
    let metric = Self.metric(state.shape)
    var w: [String: String] = [
      "metric": Words(language).explanations[metric.key] ?? metric.rawValue,
      "chance": f.format(state.shape.random, style: ExplainStyle.chance(metric)),
    ]
    switch state.shape {
    case .hinge(_, let eta, let slope, _):
      w["eta"] = f.format(eta, style: ExplainStyle.loss)
      w["points"] = f.format(10 * slope, style: ExplainStyle.points)
    case .logistic(_, _, let mid, let width):
      w["mid"] = f.format(mid, style: ExplainStyle.loss)
      w["width"] = f.format(width, style: ExplainStyle.loss)
    case .linear(_, _, let slope, _, _):
      w["points"] = f.format(10 * slope, style: ExplainStyle.points)
    case .exactMatch(let m, let rate, let floor):
      w["tokens"] = f.format(Double(m), style: ExplainStyle.count)
      // Both scores to one decimal of a percent, so that with one token they read the same.
      for (name, l) in [("token_high", loss.upperBound), ("token_low", loss.lowerBound)] {
        w[name] = f.format(TaskShape.tokenProbability(loss: l, rate: rate, floor: floor), style: .percent(nil))
      }
      let high = state.shape.probability(loss: loss.upperBound)
      let low = state.shape.probability(loss: loss.lowerBound)
      w["exact_high"] = f.format(high, style: .percent(nil))
      w["exact_low"] = f.format(low, style: .percent(nil))
      w["level"] = f.format(Self.visibleLevel, style: .percent(nil))
      // Where q^m reaches the level: q = level^(1/m), at the loss floor - ln(q) / rate.
      let q = pow(Self.visibleLevel, 1 / Double(m))
      w["token_onset"] = f.format(q, style: .percent(nil))
      w["exact_onset"] = f.format(floor - log(q) / rate, style: ExplainStyle.loss)
      w["onset"] = text("explore.exact.onset." + Self.onset(tokens: m, high: high, low: low), w)
    }
    if let n = state.items {
      w["items"] = f.format(Double(n), style: ExplainStyle.count)
      w["band"] = f.format(Self.guessingBand(chance: state.shape.random, items: n), style: ExplainStyle.pointsBound)
    }
    return w
  }

  /// The catalogue text of `state`'s sentence with glossary terms as their words and every
  /// placeholder filled except those in `live`, which the script fills; sentences are joined
  /// with a space in English and directly in Japanese.
  func template(_ state: ExploreState, live: Set<String> = []) -> String {
    let words = words(state)
    return Self.keys(state).map { text($0, words, live: live) }.joined(separator: Words(language).sentenceSeparator)
  }

  /// The catalogue text of `key` with glossary terms as their words and placeholders filled
  /// from `words`, except those in `live`.
  private func text(_ key: String, _ words: [String: String], live: Set<String> = []) -> String {
    ExplainCatalog.parse(Words(language).explanations[key] ?? "").map { part -> String in
      switch part {
      case .literal(let s): return s
      case .term(let name): return GlossaryTerm(rawValue: name)?.word(language) ?? name
      case .placeholder(let name): return live.contains(name) ? "{\(name)}" : words[name] ?? "{\(name)}"
      }
    }.joined()
  }

  /// `template` with `{name}` replaced by `words[name]`, as the script's `fill` does.
  static func fill(_ template: String, _ words: [String: String]) -> String {
    ExplainCatalog.parse(template).map { part -> String in
      switch part {
      case .literal(let s): return s
      case .term(let name): return "[[\(name)]]"
      case .placeholder(let name): return words[name] ?? "{\(name)}"
      }
    }.joined()
  }
}
