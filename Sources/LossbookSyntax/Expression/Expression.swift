/// A parsed expression, such as the `log(C) - 2.385 * params.eta` in `= log(C) - 2.385 * params.eta`.
///
/// The language:
/// - Numbers: `2`, `2.385`, `.5`, `1e-4`, with an optional size suffix directly
///   after the literal: `K` 1e3, `M` 1e6, `B` 1e9, `T` 1e12 (`300M`, `1.5B`).
///   Literals that overflow (`1e999`) are errors; `5.` and `1.2.3` are malformed.
/// - Strings: `"1B"`, escapes `\"` and `\\` only; usable only with `==` and `!=`.
/// - Names: a bare name `[A-Za-z_][A-Za-z0-9_]*` never contains `-` (`a-b` is a
///   subtraction). A dotted path `a.b.c` is one reference; later components may be
///   digit strings (`fit.params.0`). A component may contain `-` only when it is
///   followed by `.` and a component starting with a letter or `_`: `x-y.z` is
///   `["x-y", "z"]`, but `a.b-c`, `loss-1.5` and `a-b.0` are subtractions.
///   `pi` and `e` are constants when written bare.
/// - Operators, low to high: `or`, `and`, `not`, comparisons `< <= > >= == !=`
///   (cannot be chained), `+ -`, `* /`, unary `- +`, `^` (right-associative, so
///   `-2^2` is -4 and `2^-1` is 0.5). Truth values are 1 and 0; nonzero is true.
/// - Functions: `log log10 exp sqrt abs sin cos tan atan hinge sigmoid` (one
///   argument), `pow(x, y)`, `clamp(x, lo, hi)`, `min`/`max` (two or more).
///
/// Expressions only compute: they never read files, run programs or loop.
/// Numbers are IEEE doubles; division by zero gives `inf` or `nan` rather than an
/// error, and `log`, `sqrt` and `pow` outside their domains give `nan`.
/// Text longer than `lengthLimit` characters or nested deeper than
/// `nestingLimit` levels is rejected, and no operation recurses on the tree
/// depth, so hostile input cannot overflow the stack.
///
/// Note: Foundation also declares a type named `Expression`; in files that import
/// Foundation, write `LossbookSyntax.Expression`.
public struct Expression: Sendable, Equatable {
  /// The longest text accepted, in `Character`s.
  public static let lengthLimit = 10_000
  /// How deeply expressions may nest: at most this many parentheses/calls open at
  /// once, and a syntax tree at most this many operator levels high (so also at most
  /// this many chained operators like `x+x+…` or prefixes like `---x`).
  public static let nestingLimit = 200

  /// The expression text, without the leading `=`.
  public let text: String
  /// The root of the syntax tree.
  public let root: ExpressionNode
  /// The tree in postfix order, used for evaluation, printing and compilation.
  let program: ExpressionProgram

  /// Parses `text` (without the leading `=`).
  public init(parsing text: String) throws(ExpressionError) {
    let count = text.count
    if count > Self.lengthLimit {
      throw ExpressionError(
        .tooLong(count: count, limit: Self.lengthLimit),
        offset: Self.lengthLimit, length: count - Self.lengthLimit)
    }
    var lexer = ExpressionLexer(text)
    var parser = ExpressionParser(tokens: try lexer.tokenize())
    self.text = text
    self.root = try parser.parse()
    self.program = ExpressionProgram(root)
  }

  /// Every name reference in source order, duplicates included.
  public var references: [ExpressionReference] {
    program.references
  }

  /// A canonical printed form: every operator application is parenthesised,
  /// e.g. `1 + 2*3^-x` prints as `(1 + (2 * (3 ^ (-x))))`. Parsing it gives the same tree shape.
  public var canonical: String {
    program.canonical
  }

  /// Evaluates the expression; `lookup` resolves each reference to a value.
  ///
  /// If `lookup` throws an error whose offset is `-1`, the error is re-thrown at the
  /// position of the reference. Type errors (such as `"a" + 1`) are reported at the
  /// offending operand. `and`/`or` evaluate both sides (no short-circuit), so a bad
  /// reference is always reported.
  public func evaluate(
    _ lookup: (ExpressionReference) throws(ExpressionError) -> ExpressionValue
  ) throws(ExpressionError) -> ExpressionValue {
    let result = try ExpressionEvaluator<ExpressionPlain>.run(program) { reference throws(ExpressionError) in
      switch try lookup(reference) {
      case .number(let value): return .number(ExpressionPlain(value))
      case .string(let value): return .string(value)
      }
    }
    switch result {
    case .number(let value): return .number(value.value)
    case .string(let value): return .string(value)
    }
  }
}
