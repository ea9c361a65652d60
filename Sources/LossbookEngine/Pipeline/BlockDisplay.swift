import Yams

/// How a block's output appears in the report: the `output` field every block kind accepts,
/// like R Markdown's `include` and Quarto's `output`. A folded or hidden block still computes,
/// writes its numbers to the results file and its side files, and feeds other blocks.
public enum BlockDisplay: String, CaseIterable, Sendable {
  /// In the page (the default).
  case show
  /// Behind a "Result" disclosure the reader can open (a technical table in a report for managers).
  case fold
  /// Not in the page at all.
  case hide

  /// The display of a block without `output:`.
  public static let defaultDisplay = BlockDisplay.show

  /// The field's documentation, listed with every kind's own fields.
  public static let field = FieldDoc(setting: SpecField("output", default: defaultDisplay.rawValue))

  /// Takes the `output` field out of a block body, so the kind's decoder never sees it.
  ///
  /// Returns the display (`show` when absent) and the body without the field, or the decoding
  /// problem of a bad value.
  static func extract(from node: Node, decoder: SpecDecoder) -> Result<(BlockDisplay, Node), SpecDecodingFailure> {
    guard case .mapping(let mapping) = node else { return .success((defaultDisplay, node)) }
    let pairs = mapping.map { (key: $0.key, value: $0.value) }
    guard let index = pairs.firstIndex(where: { $0.key.scalar?.string == field.name }) else {
      return .success((defaultDisplay, node))
    }
    // Decoded as a one-field mapping, so a bad value is reported like any field's.
    let single = Node.mapping(
      Node.Mapping([(pairs[index].key, pairs[index].value)], mapping.tag, mapping.style, mapping.mark))
    switch decoder.decode(OutputField.self, from: single) {
    case .failure(let failure): return .failure(failure)
    case .success(let decoded):
      var rest = pairs
      rest.remove(at: index)
      let body = Node.Mapping(rest.map { ($0.key, $0.value) }, mapping.tag, mapping.style, mapping.mark)
      return .success((decoded.output?.value ?? .show, .mapping(body)))
    }
  }

  private struct OutputField: Decodable {
    var output: Choice<BlockDisplay>?
  }
}
