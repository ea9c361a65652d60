/// A name used in an expression: a bare name (`loss`) or a dotted path (`mmlu-fit.params.eta`).
public struct ExpressionReference: Sendable, Equatable, Hashable {
  /// The path components, e.g. `["fit", "params", "0"]` for `fit.params.0`.
  public let path: [String]
  /// 0-based `Character` offset of the name in the expression text.
  public let offset: Int
  /// Length in `Character`s of the name as written.
  public let length: Int

  /// Creates a reference.
  public init(path: [String], offset: Int, length: Int) {
    self.path = path
    self.offset = offset
    self.length = length
  }

  /// The path joined with dots, e.g. `"fit.params.0"`.
  public var dotted: String { path.joined(separator: ".") }

  /// The source span of the reference.
  public var span: ExpressionSpan { ExpressionSpan(offset: offset, length: length) }
}
