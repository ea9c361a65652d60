import Foundation
import LossbookCore
import LossbookEngine
import LossbookRender
import LossbookSyntax
import LossbookWords

/// The page `lossbook preview` serves: the report as a render would write it, with a panel of
/// the latest render's diagnostics first in `<body>` and the update script last. Its policy goes
/// in the response's Content-Security-Policy header instead of a `<meta>`, with the script's
/// hash added; the written report is never made this way.
struct PreviewPage: Sendable {
  /// The version's number, which the script sends back to wait for the next one.
  var version: Int
  /// The notebook as the panel names it.
  var notebook: String
  /// The latest render's diagnostics.
  var diagnostics: [Diagnostic]
  /// The notebook the diagnostics point into.
  var file: SourceFile?
  /// The latest report that rendered; nil when none has yet.
  var report: RenderedReport?
  /// True when `report` is older than `diagnostics` (the latest render made no page).
  var stale: Bool
  /// When the version was made, as `HH:MM:SS` (UTC).
  var time: String

  /// The page's HTML.
  var html: String {
    let page = report?.page ?? Self.emptyPage(title: notebook)
    // The preview's script is the program's own constant.
    let script: Markup = "<script id=\"\(Self.scriptID)\">\(Markup.trusted(PreviewScript.source))</script>\n"
    return page.html(policyInMeta: false, bodyStart: panel(language: page.language), bodyEnd: script)
  }

  /// The policy sent with the page: the report's own, its script hashes plus the preview
  /// script's, and requests to this server only (the script's long poll).
  var policy: String {
    var scripts = [PreviewScript.hashSource]
    if let script = report?.page.script { scripts.insert(CSPHash.source(of: script), at: 0) }
    return ReportPage.contentSecurityPolicy + "; script-src " + scripts.joined(separator: " ")
      + "; connect-src 'self'"
  }

  /// The id of the preview's `<script>` element, which the update script leaves out of the
  /// page's own scripts.
  static let scriptID = "lb-preview-script"
  /// The id of the panel, whose `data-version` the script reads.
  static let panelID = "lb-preview"

  /// The panel: the status line, then every diagnostic as the command line prints it.
  private func panel(language: ReportLanguage) -> Markup {
    let words = Words(language)
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    let status = words[PreviewMessage.status(notebook: notebook, version: version, time: time)]
    var h: Markup = "<aside id=\"\(Self.panelID)\" class=\"lb-preview\" data-version=\"\(version)\""
    h += " aria-label=\"\(attribute: words[PreviewMessage.panel])\">\n<style>\(Markup.trusted(Self.css))</style>\n"
    if diagnostics.isEmpty {
      h += "<p class=\"lb-preview-status\" role=\"status\">\(status)</p>\n"
    } else {
      let kind: Markup = errors > 0 ? "lb-preview-has-errors" : "lb-preview-has-warnings"
      h += "<details class=\"lb-preview-diagnostics \(kind)\" open>\n<summary role=\"status\">"
      h += "<strong>\(words[PreviewMessage.counts(errors: errors, warnings: warnings)])</strong> · "
      h += "\(status)</summary>\n"
      if report == nil {
        h += "<p>\(words[PreviewMessage.noReport])</p>\n"
      } else if stale {
        h += "<p>\(words[PreviewMessage.stale])</p>\n"
      }
      let formatter = DiagnosticFormatter(colored: false)
      for d in diagnostics {
        h += "<pre class=\"lb-preview-\(d.severity.rawValue)\">"
        h += "\(formatter.format(d, in: file))</pre>\n"
      }
      h += "</details>\n"
    }
    h += "<p class=\"lb-preview-lost\" hidden>\(words[PreviewMessage.disconnected])</p>\n</aside>\n"
    return h
  }

  /// A page with nothing but the panel, for a notebook that has not rendered yet.
  private static func emptyPage(title: String) -> ReportPage {
    ReportPage(
      language: .en, title: title, toc: nil, bodyHTML: "", footerText: "",
      generator: "lossbook \(Lossbook.version) preview")
  }

  /// The panel's style: fixed at the bottom of the window, so the report's own layout (and so
  /// the scroll position) is the written report's.
  static let css = """
    .lb-preview { position: fixed; left: 0; right: 0; bottom: 0; z-index: 10; margin: 0;
      font: 13px/1.4 system-ui, sans-serif; color: #1a1a1a; background: #f4f4f4; border-top: 1px solid #999; }
    .lb-preview-status, .lb-preview summary, .lb-preview p { margin: 0; padding: 4px 12px; }
    .lb-preview-diagnostics { max-height: 40vh; overflow: auto; }
    .lb-preview-has-errors { background: #fdecea; border-top: 3px solid #b00020; }
    .lb-preview-has-warnings { background: #fff6e0; border-top: 3px solid #8a5a00; }
    .lb-preview pre { margin: 4px 12px 8px; padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere;
      background: #fff; border: 1px solid #ccc; font-size: 12px; }
    .lb-preview-lost { background: #b00020; color: #fff; }
    body { padding-bottom: 3em; }
    @media print { .lb-preview { display: none; } }

    """
}

/// The update script of the preview page: waits on the server for a newer version (a long
/// poll), then swaps the page's content for it keeping the scroll position, and runs the new
/// content's own scripts again (the policy allows them by hash; data scripts, such as an
/// explorer's `application/json`, are swapped in as they are). When those scripts differ from
/// the shown ones (their hashes would not be in the header), it reloads instead, and restores the
/// scroll position after.
enum PreviewScript {
  static let source = """
    (function(){"use strict";
    var KEY="lb-preview-scroll",ID="\(PreviewPage.scriptID)";
    function runs(s){return s.id!==ID&&(!s.type||/javascript/i.test(s.type));}
    function own(doc){return [].filter.call(doc.querySelectorAll("script"),runs);}
    function texts(doc){return own(doc).map(function(s){return s.textContent;}).join("\\n");}
    var shown=texts(document),saved=sessionStorage.getItem(KEY);
    if(saved!==null){sessionStorage.removeItem(KEY);var xy=saved.split(",");window.scrollTo(+xy[0],+xy[1]);}
    function version(){var p=document.getElementById("\(PreviewPage.panelID)");return p?p.getAttribute("data-version"):"0";}
    function swap(text){
      var doc=new DOMParser().parseFromString(text,"text/html"),x=window.scrollX,y=window.scrollY;
      if(texts(doc)!==shown){sessionStorage.setItem(KEY,x+","+y);location.reload();return;}
      var scripts=own(doc).map(function(s){return s.textContent;});
      [].forEach.call(doc.body.querySelectorAll("script"),function(s){if(s.id===ID||runs(s))s.remove();});
      document.title=doc.title;document.documentElement.lang=doc.documentElement.lang;
      document.body.replaceChildren.apply(document.body,[].slice.call(doc.body.childNodes));
      scripts.forEach(function(t){var s=document.createElement("script");s.textContent=t;document.body.appendChild(s);});
      window.scrollTo(x,y);
      document.dispatchEvent(new CustomEvent("lossbook-preview-updated",{detail:{version:version()}}));
    }
    var failures=0;
    function wait(){
      fetch("/_lossbook/wait?after="+encodeURIComponent(version()),{cache:"no-store"}).then(function(r){
        failures=0;if(r.status===200)return r.text().then(swap);
      }).then(function(){setTimeout(wait,0);},function(){
        if(++failures>=3){var l=document.querySelector(".lb-preview-lost");if(l)l.hidden=false;}
        setTimeout(wait,1000);});
    }
    wait();
    })();
    """

  /// The policy source allowing the script.
  static var hashSource: String { CSPHash.source(of: source) }
}
