import Foundation
import LossbookCore

/// The misreading lint (TEACHING.md 1.6 and goal E4) and the Japanese style rules (J4, J5),
/// run over the generated text of every explanation: a hit is an error, not a warning.
public enum MisreadingLint {
  /// Where a line stands, which decides the rules it follows.
  public enum Place: Sendable {
    /// Running text for every reader: 敬体 in Japanese, never "significant".
    case body
    /// A heading: no 敬体.
    case heading
    /// Text for statisticians: no 敬体, and "statistically significant" allowed.
    case statistics
  }

  /// English phrases that state a classic misreading (whole words, case-insensitive).
  static let english: [String] = [
    #"\bprove[dns]?\b"#, #"\bproof\b"#, #"probability that the (threshold|true)"#, #"chance that the true"#,
    #"\baccept(ed)? the null\b"#, #"\bno effect\b"#, #"\bno difference\b"#, #"\b\d+% (probability|chance|likely)"#,
    #"\bprobability the true value\b"#, #"\b(bigger|larger) models? (cause|causes|caused)\b"#, #"\bcaused? by size\b"#,
    #"\bresults? (occurred|occurring) by chance\b"#,
  ]
  /// Japanese phrases that state a classic misreading.
  static let japanese: [String] = [
    "証明", "有意差なし", "差がない", "真の値が95%の確率で", "偶然である確率", "95%の確率で", "の確率で含まれる",
    "帰無仮説が真である", "大きいモデルが原因",
  ]

  /// Every problem in `line`, which stands at `place`.
  public static func problems(_ line: String, place: Place, language: ReportLanguage) -> [String] {
    var out: [String] = []
    if line.contains("{") || line.contains("[[") { out.append("an unfilled placeholder in “\(line)”") }
    switch language {
    case .en, .pseudo:
      for pattern in english where matches(pattern, line) { out.append("misreading /\(pattern)/ in “\(line)”") }
      // "significant" only as "statistically significant", and only for statisticians.
      if matches(significant, line) && (place != .statistics || matches(bareSignificant, line)) {
        out.append("bare “significant” in “\(line)”")
      }
    case .ja:
      for phrase in japanese where line.contains(phrase) { out.append("misreading 「\(phrase)」 in 「\(line)」") }
      out += japaneseStyle(line, place: place)
    }
    return out
  }

  /// J4 and J5: no space between full-width and half-width characters; no full-width digits or
  /// half-width kana; 敬体 at the end of every sentence of slots 2 to 8.
  public static func japaneseStyle(_ line: String, place: Place) -> [String] {
    var out: [String] = []
    if matches(wideThenNarrow, line) || matches(narrowThenWide, line) {
      out.append("a space between full-width and half-width characters in 「\(line)」")
    }
    if matches(fullWidthDigits, line) { out.append("full-width digits in 「\(line)」") }
    if matches(halfWidthKana, line) { out.append("half-width kana in 「\(line)」") }
    if place == .body {
      for sentence in sentences(line)
      where !politeEndings.contains(where: { withoutFinalAside(sentence).hasSuffix($0) }) {
        out.append("not 敬体: 「\(sentence)」")
      }
    }
    return out
  }

  static let politeEndings = ["です。", "ます。", "ました。", "ません。", "でした。", "ください。", "でしょうか。"]

  /// A sentence without a final bracketed aside: 「…ません（Schaefferら2023）。」 → 「…ません。」.
  static func withoutFinalAside(_ sentence: String) -> String {
    guard sentence.hasSuffix("）。"), let open = sentence.range(of: "（", options: .backwards) else { return sentence }
    return String(sentence[..<open.lowerBound]) + "。"
  }

  /// The sentences of a line that end in 。 outside 「」 quotes and （） brackets (a final
  /// fragment without 。 is ignored).
  static func sentences(_ line: String) -> [String] {
    var out: [String] = []
    var current = ""
    var depth = 0
    for c in line {
      current.append(c)
      if c == "「" || c == "（" { depth += 1 }
      if c == "」" || c == "）" { depth = max(0, depth - 1) }
      if c == "。" && depth == 0 {
        out.append(current)
        current = ""
      }
    }
    return out
  }

  static func matches(_ pattern: String, _ text: String) -> Bool {
    guard let regex = compiled[pattern] ?? (try? NSRegularExpression(pattern: pattern, options: .caseInsensitive))
    else {
      return false
    }
    return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  static let significant = #"\bsignificant(ly)?\b"#
  static let bareSignificant = #"(?<!statistically )\bsignificant"#
  static let wideThenNarrow = #"[\p{Han}\p{Hiragana}\p{Katakana}、。「」（）：ー] [A-Za-z0-9%\[\(]"#
  static let narrowThenWide = #"[A-Za-z0-9%\]\)] [\p{Han}\p{Hiragana}\p{Katakana}、。「」（）：ー]"#
  static let fullWidthDigits = "[０-９]"
  static let halfWidthKana = "[\u{FF66}-\u{FF9F}]"

  /// Every pattern above, compiled once: the lint runs over every line of every explanation.
  nonisolated(unsafe) private static let compiled: [String: NSRegularExpression] = {
    let all = english + [significant, bareSignificant, wideThenNarrow, narrowThenWide, fullWidthDigits, halfWidthKana]
    var out: [String: NSRegularExpression] = [:]
    for p in all { out[p] = try? NSRegularExpression(pattern: p, options: .caseInsensitive) }
    return out
  }()
}
