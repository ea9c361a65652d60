import LossbookRender

/// Every word `lossbook preview` puts on the page, in the report's language, in this one file
/// (the command line's own messages stay in the command line).
struct PreviewWords: Sendable {
  let language: ReportLanguage

  init(_ language: ReportLanguage) { self.language = language }

  /// The panel's accessible name.
  var panel: String {
    switch language {
    case .en: "Preview"
    case .ja: "プレビュー"
    }
  }

  /// "Preview of quickstart.md, version 3, rendered at 23:41:02 UTC".
  func status(notebook: String, version: Int, time: String) -> String {
    switch language {
    case .en: "Preview of \(notebook), version \(version), rendered at \(time) UTC"
    case .ja: "\(notebook) のプレビュー(第 \(version) 版、\(time) UTC に描画)"
    }
  }

  /// "2 errors, 1 warning".
  func counts(errors: Int, warnings: Int) -> String {
    switch language {
    case .en:
      let e = errors == 1 ? "1 error" : "\(errors) errors"
      let w = warnings == 1 ? "1 warning" : "\(warnings) warnings"
      if errors > 0 && warnings > 0 { return "\(e), \(w)" }
      return errors > 0 ? e : w
    case .ja:
      if errors > 0 && warnings > 0 { return "エラー \(errors) 件、警告 \(warnings) 件" }
      return errors > 0 ? "エラー \(errors) 件" : "警告 \(warnings) 件"
    }
  }

  /// Said when the latest render made no page, so the page shown is an earlier one.
  var stale: String {
    switch language {
    case .en: "The notebook has errors, so the report below is the last version that rendered."
    case .ja: "ノートブックにエラーがあるため、下のレポートは最後に描画できた版です。"
    }
  }

  /// Said when no render has made a page yet.
  var noReport: String {
    switch language {
    case .en: "No report yet: fix the errors and save, and it appears here."
    case .ja: "まだレポートはありません。エラーを直して保存すると、ここに表示されます。"
    }
  }

  /// What a failure to reach the server says (written into the script).
  var disconnected: String {
    switch language {
    case .en: "The preview server stopped; the page no longer updates."
    case .ja: "プレビューのサーバーが停止しました。ページはもう更新されません。"
    }
  }
}
