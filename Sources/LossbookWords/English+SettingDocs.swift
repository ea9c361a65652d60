/// The English words of the front matter's fields and of `output` (`SettingDoc`).
extension English {
  func text(_ key: SettingDoc) -> (type: String, defaultText: String?, meaning: String) {
    switch key {
    case .title: ("text", "the file name", "the report's title")
    case .subtitle: ("text", "none", "a line under the title")
    case .author: ("text", "none", "shown under the title")
    case .date: ("text", "none", "shown under the title, as written (lossbook never adds today's date)")
    case .description: ("text", "none", "the page's meta description")
    case .lang:
      (
        "en | ja", nil,
        "the language of the report's own words (en-XA: the pseudo-language of the tests, every word of lossbook's marked)"
      )
    case .seed: ("whole number 0 to 4294967295", nil, "every random draw derives from it; --seed overrides it")
    case .params:
      (
        "mapping of names to numbers or text", "none",
        "values that expressions read as params.NAME; --param NAME=VALUE overrides them"
      )
    case .toc: ("true | false", nil, "a table of contents from the headings")
    case .code: ("fold | show | hide", nil, "how block sources appear in the report")
    case .references:
      (
        "list of works in CSL YAML (id, type, title, author, issued, container-title, …)", "none",
        "the works the prose cites as [@id], [@id, p. 3] or @id; listed at the end of the report"
      )
    case .bibliography:
      (
        "path of a CSL JSON file", "none",
        "more works to cite, from a file beside the notebook (Zotero exports CSL JSON)"
      )
    case .csvFormulas:
      (
        "quote | keep", nil,
        "the CSV files written next to the report: quote starts every text cell that begins with =, +, -, @, a tab or a carriage return (and is not a number) with ', so that a spreadsheet shows it instead of running it as a formula (OWASP's advice); keep writes cells as they are. The report's own tables always show the text as written"
      )
    case .limits:
      (
        "{output: bytes}", nil,
        "the most a render may write (report, results and side files); more is an error, and nothing is written"
      )
    case .adjust:
      (
        "holm | bh | none", nil,
        "how the p-values of all the notebook's tests (threshold and collapse blocks) are adjusted together: Holm, Benjamini-Hochberg or not at all"
      )
    case .output:
      (
        "show | fold | hide", nil,
        "how the block's output appears: in the page, folded behind a “Result” line the reader can open, or left out (it is still computed and in the results file)"
      )
    }
  }
}
