/// The page's own labels: contents, figure and table numbers, downloads, errors, tables,
/// citations, the footer, and the words shared by several kinds (model, estimate, ...).
public enum PageMessage: Sendable, Hashable {
  case contents, source, result, figure, table, data, downloadCSV, downloadSVG, error, skipped
  case model, estimate, standardError, interval95, parameter, converged, yes, no
  case rows, columns
  /// A glossary term's definition after its first use: " (the value at which ...)", 「（…）」.
  case definition(String)
  /// A range in running text: "2.17 to 2.22", 「2.17から2.22」 (never a tilde, whose two code
  /// points render and read inconsistently).
  case range(lower: String, upper: String)
  /// Before a block's verdict: "Verdict: ".
  case verdictLabel
  /// "Table: fit1": the accessible name of a block's table.
  case blockTable(String)
  /// "Table in the text 2": the accessible name of the second table written in the notebook's prose
  /// (a Markdown table), which scrolls in its own box on a phone.
  case proseTable(Int)
  /// An image of the prose that is not shown (not an inline data: image), by its alt text.
  case imageNotShown(alt: String)
  /// Below a table cut short: "Showing the first 20 of 240 rows."
  case showingFirst(shown: Int, of: Int)
  /// A chart without drawable data.
  case noData
  /// The chance level, as an axis or line label.
  case guessing
  /// Under a loss axis drawn with low loss on the right.
  case lowerIsBetter
  case preTrainingLoss
  /// A histogram's y axis: how many values fell in each bin (度数, as in 度数分布).
  case count
  /// A built-in fit's name (`hinge`, `logistic`, `linear`) in the report's language; any other
  /// name as written.
  case fitName(String)
  /// "Figure 3", "図3": a numbered figure or table's label.
  case numbered(NumberedLabel, Int)
  /// "Figure 3: Scores against loss", "図3：…".
  case numberedCaption(NumberedLabel, Int, caption: String)
  /// "Made with lossbook 0.1.0 from x.md, seed 2024. ..."
  case footer(version: String, notebook: String, seed: UInt32)
  // The explorer's buttons (TEACHING X3, X8).
  case reset, teachingExamples, presetEmergent, presetSmooth
  /// "exact-match mirage (5 tokens)", with the count already formatted.
  case presetMirage(tokens: String)
  /// "fewer questions (100)", with the count already formatted.
  case presetFewQuestions(items: String)
  // Citations: author-year in English, and in Japanese as Japanese papers cite Western authors.
  /// The heading of the reference list.
  case references
  /// "Du et al." / "Duら": the first author of three or more.
  case etAl(String)
  /// "Du and Zeng" / "DuとZeng".
  case twoAuthors(String, String)
  /// The year of a work without one.
  case noDate
  /// "Du et al. (2024, p. 3)" / "Duら（2024, p. 3）": a citation in the sentence; `inner` is the
  /// year and any locator.
  case narrativeCitation(authors: String, inner: String)
  /// "(Du et al., 2024; Wei et al., 2022)" / "（…；…）": works cited together, each already written
  /// (and linked) by the caller.
  case parentheticalCitation([String])
}

/// What a number counts on the page: figures and tables are numbered separately.
public enum NumberedLabel: Sendable, Hashable {
  case figure, table
}
