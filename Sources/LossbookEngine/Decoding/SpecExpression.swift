import Foundation
import LossbookSyntax
import LossbookWords

/// Where the bare names of an expression come from.
public enum ExpressionScope: Sendable {
  /// Only `params.NAME` and `ID.path` of other blocks (a block field such as `eta: =params.eta`).
  case global
  /// Also the columns of the row being computed (`where:` and `derive:`).
  case row
}

/// An expression written in a spec (`=params.eta`), parsed, with where it is in the notebook.
public struct SpecExpression: Sendable {
  public var expression: LossbookSyntax.Expression
  /// The range of the expression text (after `=`).
  public var range: SourceRange
  public var scope: ExpressionScope

  public init(expression: LossbookSyntax.Expression, range: SourceRange, scope: ExpressionScope) {
    self.expression = expression
    self.range = range
    self.scope = scope
  }

  /// The notebook range of one reference inside the expression.
  public func range(of reference: ExpressionReference) -> SourceRange {
    let start = SourceLocation(line: range.start.line, column: range.start.column + reference.offset)
    return SourceRange(
      start: start, end: SourceLocation(line: start.line, column: start.column + max(reference.length, 1)))
  }

  /// The notebook range of a parse or evaluation error.
  public func range(of error: ExpressionError) -> SourceRange {
    let offset = max(error.offset, 0)
    let start = SourceLocation(line: range.start.line, column: range.start.column + offset)
    return SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + max(error.length, 1)))
  }

  /// Parses `text` found at `range` (the `=` excluded), throwing a positioned spec error.
  static func parse(_ text: String, at start: SourceLocation, scope: ExpressionScope) throws(SpecDecodingError)
    -> SpecExpression
  {
    let range = SourceRange(
      start: start, end: SourceLocation(line: start.line, column: start.column + max(text.count, 1)))
    do {
      let e = try LossbookSyntax.Expression(parsing: text)
      return SpecExpression(expression: e, range: range, scope: scope)
    } catch {
      let s = SpecExpression(expression: .zero, range: range, scope: scope)
      throw SpecDecodingError(DecodeDiagnostics.badExpression, error.message, at: s.range(of: error))
    }
  }
}

extension LossbookSyntax.Expression {
  /// The expression `0`, a placeholder for positions.
  static let zero: LossbookSyntax.Expression = (try? LossbookSyntax.Expression(parsing: "0"))!
}

/// A row expression field (`where: =loss < 3`, `derive: {C: =6 * N * D}`); the `=` is optional.
public struct RowExpression: Decodable, Sendable {
  public var expression: SpecExpression

  public init(from decoder: Decoder) throws {
    guard let d = decoder as? PositionedDecoder, let text = d.scalarText else {
      throw SpecValueError(.spec(.expressionShouldBeText), id: DecodeDiagnostics.typeMismatch)
    }
    let r = d.range
    let skip = (d.isQuoted ? 1 : 0) + (text.hasPrefix("=") ? 1 : 0)
    let body = text.hasPrefix("=") ? String(text.dropFirst()) : text
    let lead = body.prefix { $0 == " " }.count
    expression = try SpecExpression.parse(
      String(body.dropFirst(lead)), at: SourceLocation(line: r.start.line, column: r.start.column + skip + lead),
      scope: .row)
  }
}
