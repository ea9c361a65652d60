/// What exported CSV files do with text cells that a spreadsheet would run as a formula
/// (`=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`): OWASP's "CSV injection" advice is to start
/// such a cell with a single quote, so that the spreadsheet shows it as text.
public enum CSVFormulaCells: String, Sendable, CaseIterable {
  /// A text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
  /// `'`, unless it reads as a number (`-0.5`, `+3`); the default.
  case quote
  /// Every cell as it is (for a spreadsheet you trust, or a program that reads the file).
  case keep

  /// The characters that make a spreadsheet read a cell as a formula.
  static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// `text`, with a leading `'` when a spreadsheet would take it for a formula.
  public static func quoted(_ text: String) -> String {
    guard let first = text.first, triggers.contains(first), !isPlainNumber(text) else { return text }
    return "'" + text
  }

  /// Whether `text` is a number as written in a table (`-0.5`, `+3`, `-1e-3`), which a
  /// spreadsheet reads as a number and not as a formula.
  static func isPlainNumber(_ text: String) -> Bool {
    text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) } && Double(text)?.isFinite == true
  }
}
