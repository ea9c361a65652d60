import Foundation
import LossbookSyntax
import LossbookWords

/// A number field: a literal (`2.2`, `300M`, `1.5B`, `2T`) or an expression (`=params.eta`).
public struct SpecNumber: Decodable, Sendable {
  public enum Value: Sendable {
    case literal(Double)
    case expression(SpecExpression)
  }

  public var value: Value
  public var range: SourceRange

  public init(_ x: Double, at range: SourceRange = SourceRange(line: 0, column: 0, length: 0)) {
    self.value = .literal(x)
    self.range = range
  }

  public init(from decoder: Decoder) throws {
    guard let d = decoder as? PositionedDecoder, let text = d.scalarText else {
      throw SpecValueError(.spec(.shouldBeNumber), id: DecodeDiagnostics.typeMismatch)
    }
    range = d.range
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("=") {
      let body = String(trimmed.dropFirst())
      let lead = body.prefix { $0 == " " }.count
      let start = SourceLocation(line: range.start.line, column: range.start.column + (d.isQuoted ? 1 : 0) + 1 + lead)
      value = .expression(try SpecExpression.parse(String(body.dropFirst(lead)), at: start, scope: .global))
      return
    }
    guard let x = SizeLiteral.parse(trimmed) else {
      throw SpecValueError(.spec(.notANumber(text)), help: .spec(.numberHelp), id: DecodeDiagnostics.typeMismatch)
    }
    value = .literal(x)
  }

  /// The literal value, when it is one.
  public var literal: Double? {
    if case .literal(let x) = value { return x }
    return nil
  }
}

/// Numbers with the size suffixes K, M, B and T (10^3 to 10^12), as notebooks write sizes.
public enum SizeLiteral {
  public static func parse(_ text: String) -> Double? {
    var t = Substring(text.trimmingCharacters(in: .whitespaces))
    var scale = 1.0
    switch t.last {
    case "K", "k": scale = 1e3
    case "M": scale = 1e6
    case "B": scale = 1e9
    case "T": scale = 1e12
    default: break
    }
    if scale != 1 { t = t.dropLast() }
    switch t.lowercased() {
    case ".inf", "+.inf", "inf": return scale == 1 ? .infinity : nil
    case "-.inf", "-inf": return scale == 1 ? -.infinity : nil
    default: break
    }
    guard let first = t.first, "0123456789+-.".contains(first),
      let x = Double(t.replacingOccurrences(of: "_", with: ""))
    else {
      return nil
    }
    return x * scale
  }
}
