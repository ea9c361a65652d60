import LossbookCore
import LossbookWords

/// Renders a table as HTML: numbers right-aligned in their formats, text escaped, a caption,
/// headers and text cells by their display names (`headers`, else the table's, else the raw
/// names), and a note when only the first rows are shown.
public enum TableHTML {
  /// The scrolling box around a wide table: focusable and named, so that keyboard users can
  /// scroll it (WCAG 2.1.1; axe `scrollable-region-focusable`). The name must be unique on the
  /// page (a region is a landmark): callers pass one with their block id.
  public static func wrapOpen(label: String) -> String {
    "<div class=\"lb-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTML.escapeAttribute(label))\">"
  }

  public static func render(
    _ table: DataTable, maxRows: Int?, caption: String?, formats: [String: NumberStyle], format: LossbookNumberFormat,
    words: Words, label: String? = nil, headers: [String: String] = [:]
  ) -> String {
    var h = wrapOpen(label: label ?? caption ?? words[.table]) + "<table>\n"
    if let caption { h += "<caption>\(HTML.escapeText(caption))</caption>\n" }
    h += "<thead><tr>"
    for c in table.columns {
      h += c.isNumeric ? "<th scope=\"col\" class=\"lb-num\">" : "<th scope=\"col\">"
      h += "\(HTML.escapeText(headers[c.name] ?? table.displayNames[c.name] ?? c.name))</th>"
    }
    h += "</tr></thead>\n<tbody>\n"
    let shown = min(table.rowCount, maxRows ?? table.rowCount)
    for r in 0..<shown {
      h += "<tr>"
      for c in table.columns {
        switch c.values {
        case .numbers(let v):
          h += "<td class=\"lb-num\">\(HTML.escapeText(format.format(v[r], style: formats[c.name] ?? .automatic)))</td>"
        case .text(let v):
          h += "<td>\(HTML.escapeText(table.displayNames[v[r]] ?? v[r]))</td>"
        }
      }
      h += "</tr>\n"
    }
    h += "</tbody>\n</table></div>\n"
    if shown < table.rowCount {
      let note = words[.showingFirst(shown: shown, of: table.rowCount)]
      h += "<p class=\"lb-note\">\(HTML.escapeText(note))</p>\n"
    }
    return h
  }
}
