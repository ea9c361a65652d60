import LossbookCore
import LossbookWords

/// Text measurement and wrapping by estimate: SVG text is laid out by the browser, so the
/// renderer sizes margins and wraps labels from per-character width estimates of a
/// sans-serif face, erring wide.
enum ChartText {
  /// How much wider bold text is than the regular estimate. DejaVu Sans Bold, the usual
  /// fallback on Linux and the widest common face, measured up to 1.135 times in Chromium;
  /// the rest (under 1.5%, 5 px on a narrow figure's title) falls in the outer padding.
  static let boldFactor = 1.12

  /// The estimated advance width of `text` at `fontSize` px.
  static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
    var ems = 0.0
    for scalar in text.unicodeScalars { ems += emWidth(scalar) }
    return ems * fontSize * (bold ? boldFactor : 1)
  }

  /// Full-width (CJK, kana, full-width forms) characters are one em wide.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  private static func emWidth(_ scalar: Unicode.Scalar) -> Double {
    if isWide(scalar) { return 1.0 }
    switch scalar {
    case " ", "i", "l", "j", ".", ",", ":", ";", "|", "!", "'", "`": return 0.3
    case "f", "t", "r", "(", ")", "[", "]", "{", "}", "-", "\"", "/": return 0.38
    case "m", "w", "%": return 0.92
    case "M", "W", "@", "—", "…": return 0.95
    case "0"..."9": return 0.64
    case "A"..."Z": return 0.72
    case "a"..."z": return 0.6
    default: return 0.62
    }
  }

  /// Punctuation that must not start a line (kinsoku): it sticks to what precedes.
  private static let noLineStart = Words.japaneseNoLineStart

  /// Splits `text` into lines no wider than `maxWidth` where possible: breaks at spaces,
  /// and between full-width characters (Japanese has no spaces). A single word wider than
  /// `maxWidth` stays whole on its line.
  static func wrap(_ text: String, fontSize: Double, maxWidth: Double, bold: Bool = false) -> [String] {
    // Tokens: runs of non-space narrow characters; each wide character alone.
    var tokens: [(text: String, spaceBefore: Bool)] = []
    var pendingSpace = false
    var current = ""
    func flush() {
      if !current.isEmpty {
        tokens.append((current, pendingSpace))
        pendingSpace = false
      }
      current = ""
    }
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\n" || scalar == "\t" {
        flush()
        pendingSpace = true
      } else if noLineStart.contains(scalar), current.isEmpty, !tokens.isEmpty, !pendingSpace {
        tokens[tokens.count - 1].text.unicodeScalars.append(scalar)
      } else if isWide(scalar) {
        flush()
        current.unicodeScalars.append(scalar)
        flush()
      } else {
        current.unicodeScalars.append(scalar)
      }
    }
    flush()

    var lines: [String] = []
    var line = ""
    for token in tokens {
      if line.isEmpty {
        line = token.text
        continue
      }
      let candidate = line + (token.spaceBefore ? " " : "") + token.text
      if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth {
        line = candidate
      } else {
        lines.append(line)
        line = token.text
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// Like `wrap`, but with lines of similar length: the fewest lines that fit `maxWidth`,
  /// then the narrowest width (in 4 px steps) that keeps that many lines, so that a label
  /// never ends in a lone short word.
  static func balancedWrap(_ text: String, fontSize: Double, maxWidth: Double, bold: Bool = false) -> [String] {
    let lines = wrap(text, fontSize: fontSize, maxWidth: maxWidth, bold: bold)
    guard lines.count > 1 else { return lines }
    var target = width(text, fontSize: fontSize, bold: bold) / Double(lines.count)
    while target < maxWidth {
      let attempt = wrap(text, fontSize: fontSize, maxWidth: target, bold: bold)
      if attempt.count <= lines.count { return attempt }
      target += 4
    }
    return lines
  }

  /// `text`, shortened with `…` to fit `maxWidth`.
  static func truncate(_ text: String, fontSize: Double, maxWidth: Double) -> String {
    if width(text, fontSize: fontSize) <= maxWidth { return text }
    var kept = ""
    for character in text {
      if width(kept + String(character) + "…", fontSize: fontSize) > maxWidth { break }
      kept.append(character)
    }
    return kept + "…"
  }
}
