/// The language of a report's own words: labels, units of large numbers, range wording.
///
/// The raw value is the BCP 47 tag written into `lang` attributes.
public enum ReportLanguage: String, Sendable, CaseIterable {
  /// English.
  case en
  /// Japanese.
  case ja
  /// The pseudo-language of the tests (Android's and Chromium's `en-XA`): English with every
  /// word of the catalogue marked, so that text which bypassed the catalogue shows unmarked.
  case pseudo = "en-XA"

  /// The languages people read: every case but the pseudo-language.
  public static let human: [ReportLanguage] = allCases.filter { $0 != .pseudo }
}
