/// How a number is written in a report. See `LossbookNumberFormat` for the exact rules
/// and `LossbookNumberFormat.parseStyle(_:)` for the inline spec strings.
public enum NumberStyle: Sendable, Equatable {
  /// `.Nf`: exactly N decimals, e.g. `.3f` → `2.190`.
  case fixed(Int)
  /// `.Ng`: N significant digits, trailing zeros dropped, e.g. `.3g` → `2.19`.
  case significant(Int)
  /// `%` or `.N%`: a fraction as a percentage, e.g. 0.25 → `25%`, `.1%` 0.2534 → `25.3%`.
  case percent(Int?)
  /// `sci` or `.Nsci`: ASCII scientific notation, e.g. `1.08e23`.
  case scientific(Int?)
  /// `si`: a short large number with the language's unit word, en `1.5B`.
  case si
  /// `int`: rounded to an integer, digits grouped with commas, e.g. `1,000`.
  case integer
  /// `p`: a p-value with its sign, e.g. `p = 0.023` or `p < 0.001`.
  case pValue
  /// `ci`: an estimate with its interval; on a lone number it writes the estimate (3 significant digits).
  case estimateWithInterval
  /// The default: up to 4 significant digits, no trailing zeros.
  case automatic
}
