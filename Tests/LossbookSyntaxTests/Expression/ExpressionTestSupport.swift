import LossbookSyntax

/// Helpers shared by the expression tests.
enum ExpressionTestSupport {
  /// The canonical form of `text`, or `error: <message> @<offset>+<length>`.
  static func canonical(_ text: String) -> String {
    do {
      return try Expression(parsing: text).canonical
    } catch {
      return "error: \(error.message) @\(error.offset)+\(error.length)"
    }
  }

  /// The parse error for `text`, or `nil` if it parses.
  static func parseError(_ text: String) -> ExpressionError? {
    do {
      _ = try Expression(parsing: text)
      return nil
    } catch {
      return error
    }
  }

  /// A lookup over a fixed table; unknown names throw an unpositioned error.
  static func lookup(
    _ table: [String: ExpressionValue]
  ) -> (ExpressionReference) throws(ExpressionError) -> ExpressionValue {
    return { reference throws(ExpressionError) in
      guard let value = table[reference.dotted] else {
        throw ExpressionError("unknown name '\(reference.dotted)'")
      }
      return value
    }
  }

  /// Evaluates `text` against numeric bindings.
  static func number(_ text: String, _ table: [String: Double] = [:]) throws -> Double {
    let value = try Expression(parsing: text).evaluate(lookup(table.mapValues { .number($0) }))
    guard let number = value.asNumber else {
      throw ExpressionError("expected a number", offset: 0, length: 0)
    }
    return number
  }

  /// Whether two doubles are identical, treating all NaNs as equal.
  static func same(_ a: Double, _ b: Double) -> Bool {
    (a.isNaN && b.isNaN) || a == b
  }

  /// Whether `a` is within a relative tolerance of `b` (absolute near zero).
  static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    if a == b { return true }
    return Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(b))
  }
}
