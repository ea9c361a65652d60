import LossbookEngine
import LossbookSyntax
import LossbookWords

/// `law: chinchilla`, `law: epoch`, the five constants `{E, A, B, alpha, beta}`, or a formula
/// in N and D such as `law: =1.69 + 406.4 / N^0.34 + 410.7 / D^0.28`.
struct LawSpec: Decodable {
  enum Preset: String, CaseIterable, Sendable {
    case chinchilla, epoch
  }
  var preset: Preset?
  var E, A, B, alpha, beta: SpecNumber?
  /// The formula, its bare names limited to N and D.
  var formula: SpecExpression?
  /// Where the law is written.
  var range: SourceRange

  enum CodingKeys: String, CodingKey { case E, A, B, alpha, beta }

  /// The names a formula may use besides `params.NAME` and block values.
  static let variables = ["N", "D"]

  init(from decoder: Decoder) throws {
    let d = decoder as? PositionedDecoder
    range = d?.range ?? SourceRange(line: 0, column: 0, length: 0)
    if let d, d.nodeKind == .scalar {
      if d.scalarText?.trimmingCharacters(in: .whitespaces).hasPrefix("=") == true {
        let e = try RowExpression(from: decoder).expression
        for ref in e.expression.references where ref.path.count == 1 && !Self.variables.contains(ref.path[0]) {
          throw SpecDecodingError(
            FamilyDiagnostics.badLaw, .family(.lawUnknownName(ref.path[0])), at: e.range(of: ref),
            help: Diagnostic.didYouMean(ref.path[0], among: Self.variables)
              ?? Words.diagnostic(.family(.lawParameterHelp(ref.path[0]))))
        }
        formula = e
        return
      }
      preset = try Choice<Preset>(from: decoder).value
      return
    }
    let c = try decoder.container(keyedBy: CodingKeys.self)
    E = try c.decode(SpecNumber.self, forKey: .E)
    A = try c.decode(SpecNumber.self, forKey: .A)
    B = try c.decode(SpecNumber.self, forKey: .B)
    alpha = try c.decode(SpecNumber.self, forKey: .alpha)
    beta = try c.decode(SpecNumber.self, forKey: .beta)
  }

  var numbers: [SpecNumber] { [E, A, B, alpha, beta].compactMap { $0 } }
}
