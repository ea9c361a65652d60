internal import CCmark

/// Soft line breaks between two East Asian wide characters vanish, as with Pandoc's
/// `east_asian_line_breaks`: Japanese and Chinese put no space between words, so a line broken
/// inside a sentence in the source must not show a space in the report ("とどまり、 あるところから").
enum EastAsianLineBreaks {
  /// Removes from the tree every soft break in `softBreaks` whose neighbours are both wide.
  static func remove(_ softBreaks: [OpaquePointer]) {
    for node in softBreaks {
      guard let before = cmark_node_previous(node), let after = cmark_node_next(node),
        let left = lastCharacter(of: before), let right = firstCharacter(of: after),
        isWide(left), isWide(right)
      else { continue }
      cmark_node_unlink(node)
      cmark_node_free(node)
    }
  }

  /// Whether a character is East Asian wide or fullwidth (Unicode's East_Asian_Width W or F:
  /// kana, CJK ideographs and punctuation, Hangul, fullwidth forms); emoji do not count.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// The last character of the text a node shows: a text or code literal, or its last child's.
  private static func lastCharacter(of node: OpaquePointer) -> Unicode.Scalar? {
    if let literal = literal(of: node) { return literal.unicodeScalars.last }
    return cmark_node_last_child(node).flatMap(lastCharacter(of:))
  }

  /// The first character of the text a node shows.
  private static func firstCharacter(of node: OpaquePointer) -> Unicode.Scalar? {
    if let literal = literal(of: node) { return literal.unicodeScalars.first }
    return cmark_node_first_child(node).flatMap(firstCharacter(of:))
  }

  /// The literal of a text or code node; nil for every other node.
  private static func literal(of node: OpaquePointer) -> String? {
    let type = cmark_node_get_type(node)
    guard type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let text = cmark_node_get_literal(node) else {
      return nil
    }
    return String(cString: text)
  }
}
