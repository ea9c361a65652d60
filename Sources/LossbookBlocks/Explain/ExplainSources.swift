import LossbookCore
import LossbookEngine

/// The results an explanation is written from, each under a root name used in paths:
/// `threshold.…` (the `threshold` result of FORMAT.md section 5), `fit.…` (an optional `fit`
/// result), `spec.…` (numbers given in the `explain` block itself) and `seed`.
struct ExplainSources: Sendable {
  /// The threshold block's result object.
  var threshold: JSONValue
  /// The fit block's result object, when `fit:` is given.
  var fit: JSONValue?
  /// Numbers given in the explain block (`reference_loss`, `true_threshold`, ...), by field name.
  var spec: [String: Double]
  /// A `collapse` block's result object, when `collapse:` is given.
  var collapse: JSONValue? = nil
  /// A `budget` block's result object, when `budget:` is given.
  var budget: JSONValue? = nil

  /// The value at `root.a.b.0.c`, or nil.
  func value(at path: String) -> JSONValue? {
    let parts = path.split(separator: ".").map(String.init)
    guard let root = parts.first else { return nil }
    switch root {
    case "threshold": return threshold.value(at: parts.dropFirst())
    case "fit": return fit?.value(at: parts.dropFirst())
    case "spec": return parts.count == 2 ? spec[parts[1]].map { .number($0) } : nil
    case "collapse": return collapse?.value(at: parts.dropFirst())
    case "budget": return budget?.value(at: parts.dropFirst())
    default: return nil
    }
  }

  /// The number at `path`, or nil.
  func number(at path: String) -> Double? { value(at: path)?.number }

  /// The first of `paths` that holds a number (for fields whose place FORMAT.md leaves open,
  /// such as the BIC values).
  func firstPath(_ paths: [String]) -> String? { paths.first { number(at: $0) != nil } }

  /// The text at `path`, or nil.
  func string(at path: String) -> String? {
    if case .string(let s)? = value(at: path) { return s }
    return nil
  }
}
