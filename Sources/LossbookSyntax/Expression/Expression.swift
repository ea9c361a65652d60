/// A parsed expression, such as the `log(C) - 2.385 * params.eta` in `= log(C) - 2.385 * params.eta`.
///
/// Expressions only compute: they never read files, run programs or loop.
/// Numbers are IEEE doubles; division by zero gives `inf` or `nan` rather than an
/// error, and `log`, `sqrt` and `pow` outside their domains give `nan`.
public struct Expression: Sendable, Equatable {
    /// The longest text accepted, in `Character`s.
    public static let lengthLimit = 10_000
    /// How deeply expressions may nest: both the parser's recursion (each
    /// parenthesis, call argument, operand and prefix operator opens a level) and
    /// the height of the tree are limited to this many levels below the top.
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
                "expression is too long (\(count) characters; the limit is \(Self.lengthLimit))",
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
        let result = try ExpressionEvaluator<Double>.run(program) { reference throws(ExpressionError) in
            switch try lookup(reference) {
            case .number(let value): return .number(value)
            case .string(let value): return .string(value)
            }
        }
        switch result {
        case .number(let value): return .number(value)
        case .string(let value): return .string(value)
        }
    }
}
