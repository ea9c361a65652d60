/// The language of a report's own words: labels, units of large numbers, range wording.
///
/// The raw value is the BCP 47 tag written into `lang` attributes.
public enum ReportLanguage: String, Sendable, CaseIterable {
  /// English.
  case en
  /// Japanese.
  case ja
}
