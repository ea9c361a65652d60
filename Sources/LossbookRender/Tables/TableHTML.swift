import LossbookCore
import LossbookWords

/// Renders a table as HTML: numbers right-aligned in their formats, text escaped, a caption,
/// headers and text cells by their display names (`headers`, else the table's, else the raw
/// names), and a note when only the first rows are shown.
public enum TableHTML {
  /// The scrolling box around a wide table: focusable and named, so that keyboard users can
  /// scroll it (WCAG 2.1.1; axe `scrollable-region-focusable`). The name must be unique on the
  /// page (a region is a landmark): callers pass one with their block id.
  ///
  /// On a wide screen every box may grow past the prose measure, up to the window, as far as its
  /// table needs to show all its columns. A `wide` box (a table of numbers: data, fits, sweeps,
  /// budgets) grows further, up to the table's natural width, so that its headers need not wrap;
  /// a box of sentences (a threshold's rows, a Markdown table) keeps the prose measure for its
  /// lines when it can.
  public static func wrapOpen(label: String, wide: Bool = false) -> Markup {
    let classes: Markup = wide ? "lb-table-wrap lb-table-wide" : "lb-table-wrap"
    return "<div class=\"\(classes)\" tabindex=\"0\" role=\"region\" aria-label=\"\(attribute: label)\">"
  }

  /// A header or text cell's text, escaped, with a break opportunity after each underscore, so that a
  /// column name such as `bic_logistic` or a label such as `d=1024_l=24` may wrap there (as after a hyphen)
  /// and never inside a word.
  public static func cellText(_ text: String) -> Markup {
    text.split(separator: "_", omittingEmptySubsequences: false).map { Markup.text($0) }.joined(separator: "_<wbr>")
  }

  public static func render(
    _ table: DataTable, maxRows: Int?, caption: String?, formats: [String: NumberStyle], format: LossbookNumberFormat,
    words: Words, label: String? = nil, headers: [String: String] = [:]
  ) -> Markup {
    var h = wrapOpen(label: label ?? caption ?? words[.table], wide: true) + "<table>\n"
    if let caption { h += "<caption>\(caption)</caption>\n" }
    h += "<thead><tr>"
    for c in table.columns {
      h += c.isNumeric ? "<th scope=\"col\" class=\"\(CSSClass.number)\">" : "<th scope=\"col\">"
      h += "\(cellText(headers[c.name] ?? table.displayNames[c.name] ?? c.name))</th>"
    }
    h += "</tr></thead>\n<tbody>\n"
    let shown = min(table.rowCount, maxRows ?? table.rowCount)
    for r in 0..<shown {
      h += "<tr>"
      for c in table.columns {
        switch c.values {
        case .numbers(let v):
          h += "<td class=\"\(CSSClass.number)\">\(format.format(v[r], style: formats[c.name] ?? .automatic))</td>"
        case .text(let v):
          h += "<td>\(cellText(table.displayNames[v[r]] ?? v[r]))</td>"
        }
      }
      h += "</tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    if shown < table.rowCount {
      let note = words[.showingFirst(shown: shown, of: table.rowCount)]
      h += "<p class=\"\(CSSClass.note)\">\(note)</p>\n"
    }
    return h
  }
}
