import LossbookCore
import LossbookWords

/// The misreading lint of the words module (`MisreadingLint`) over an explanation's slots.
enum ExplainLint {
  /// Every problem in `line` of `slot`.
  static func problems(_ line: String, slot: ExplainSlot, language: ReportLanguage) -> [String] {
    MisreadingLint.problems(line, place: place(slot), language: language)
  }

  /// J4 and J5 over a line of `slot`.
  static func japaneseStyle(_ line: String, slot: ExplainSlot) -> [String] {
    MisreadingLint.japaneseStyle(line, place: place(slot))
  }

  /// The headline is a heading; the details are for statisticians; the rest is running text.
  static func place(_ slot: ExplainSlot) -> MisreadingLint.Place {
    switch slot {
    case .headline: .heading
    case .details: .statistics
    default: .body
    }
  }
}
