import LossbookSyntax

extension Located: Decodable where Value: Decodable {
  /// Decodes the value and remembers where it was written, so later checks can point at it.
  public init(from decoder: Decoder) throws {
    let value = try Value(from: decoder)
    let range = (decoder as? PositionedDecoder)?.range ?? SourceRange(line: 0, column: 0, length: 0)
    self.init(value, at: range)
  }
}
