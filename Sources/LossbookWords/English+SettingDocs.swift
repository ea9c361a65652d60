/// The words of the front matter's fields and of `output`, the field every block kind takes, by
/// field name, for `lossbook kinds` (`FieldWords`, as a kind's fields have).
extension English {
  static let settingDocs: [String: FieldWords] = [
    "title": FieldWords("text", default: "the file name", "the report's title"),
    "subtitle": FieldWords("text", default: "none", "a line under the title"),
    "author": FieldWords("text", default: "none", "shown under the title"),
    "date": FieldWords("text", default: "none", "shown under the title, as written (lossbook never adds today's date)"),
    "description": FieldWords("text", default: "none", "the page's meta description"),
    "lang": FieldWords(
      "en | ja",
      "the language of the report's own words (en-XA: the pseudo-language of the tests, every word of lossbook's marked)"
    ),
    "seed": FieldWords("whole number 0 to 4294967295", "every random draw derives from it; --seed overrides it"),
    "params": FieldWords(
      "mapping of names to numbers or text", default: "none",
      "values that expressions read as params.NAME; --param NAME=VALUE overrides them"),
    "toc": FieldWords("true | false", "a table of contents from the headings"),
    "code": FieldWords("fold | show | hide", "how block sources appear in the report"),
    "references": FieldWords(
      "list of works in CSL YAML (id, type, title, author, issued, container-title, …)", default: "none",
      "the works the prose cites as [@id], [@id, p. 3] or @id; listed at the end of the report"),
    "bibliography": FieldWords(
      "path of a CSL JSON file", default: "none",
      "more works to cite, from a file beside the notebook (Zotero exports CSL JSON)"),
    "csv_formulas": FieldWords(
      "quote | keep",
      "the CSV files written next to the report: quote starts every text cell that begins with =, +, -, @, a tab or a carriage return (and is not a number) with ', so that a spreadsheet shows it instead of running it as a formula (OWASP's advice); keep writes cells as they are. The report's own tables always show the text as written"
    ),
    "limits": FieldWords(
      "{output: bytes}",
      "the most a render may write (report, results and side files); more is an error, and nothing is written"),
    "adjust": FieldWords(
      "holm | bh | none",
      "how the p-values of all the notebook's tests (threshold and collapse blocks) are adjusted together: Holm, Benjamini-Hochberg or not at all"
    ),
    "output": FieldWords(
      "show | fold | hide",
      "how the block's output appears: in the page, folded behind a “Result” line the reader can open, or left out (it is still computed and in the results file)"
    ),
  ]
}
