/// The report's own words (not the author's) in English and Japanese.
///
/// Japanese labels follow Quarto's `_language-ja.yml` (目次, 図, 表, コード).
public struct ReportWords: Sendable {
  public let language: ReportLanguage

  public init(_ language: ReportLanguage) { self.language = language }

  private func pick(_ en: String, _ ja: String) -> String { language == .ja ? ja : en }

  public var contents: String { pick("Contents", "目次") }
  public var source: String { pick("Source", "コード") }
  public var result: String { pick("Result", "結果") }

  /// A built-in fit's name (`hinge`, `logistic`, `linear`) in the report's language; any other
  /// name as written.
  public func fitName(_ model: String) -> String {
    guard language == .ja else { return model }
    switch model {
    case "hinge": return "ヒンジ"
    case "logistic": return "ロジスティック"
    case "linear": return "直線"
    default: return model
    }
  }
  public var figure: String { pick("Figure", "図") }
  public var table: String { pick("Table", "表") }
  public var data: String { pick("data", "データ") }
  public var downloadCSV: String { pick("Data (CSV)", "データ（CSV）") }
  public var downloadSVG: String { pick("Figure (SVG)", "図（SVG）") }
  public var error: String { pick("Error", "エラー") }
  public var skipped: String { pick("Not run", "未実行") }
  public var rows: String { pick("rows", "行") }
  public var columns: String { pick("columns", "列") }
  public var showingFirst: String { pick("showing the first", "先頭") }
  public var model: String { pick("model", "モデル") }
  public var best: String { pick("best", "最良") }
  public var estimate: String { pick("estimate", "推定値") }
  public var standardError: String { pick("standard error", "標準誤差") }
  public var interval95: String { pick("95% interval", "95%信頼区間") }
  public var parameter: String { pick("parameter", "パラメータ") }
  public var converged: String { pick("converged", "収束") }
  public var yes: String { pick("yes", "はい") }
  public var no: String { pick("no", "いいえ") }
  public var guessing: String { pick("guessing", "ランダム推測レベル") }
  public var lowerIsBetter: String { pick("lower is better →", "右ほど低い＝良い →") }
  public var preTrainingLoss: String { pick("pre-training loss", "事前学習損失") }
  /// A histogram's y axis: how many values fell in each bin (度数, as in 度数分布).
  public var count: String { pick("count", "度数") }

  // The explorer's buttons (TEACHING X3, X8).
  public var reset: String { pick("Reset", "元に戻す") }
  public var teachingExamples: String { pick("Teaching examples:", "例を試す：") }
  public var presetEmergent: String { pick("threshold (emergent)", "閾値あり（出現型）") }
  public var presetSmooth: String { pick("smooth S-curve", "なめらかなS字曲線") }
  /// "exact-match mirage (5 tokens)", with the count already formatted.
  public func presetMirage(tokens: String) -> String {
    pick("exact-match mirage (\(tokens) tokens)", "完全一致の見かけの急変（\(tokens)トークン）")
  }
  /// "fewer questions (100)", with the count already formatted.
  public func presetFewQuestions(items: String) -> String {
    pick("fewer questions (\(items))", "問題を減らす（\(items)問）")
  }

  /// "Made with lossbook 0.1.0 from x.md, seed 2024."
  public func footer(version: String, notebook: String, seed: UInt32) -> String {
    pick(
      "Made with lossbook \(version) from \(notebook), seed \(seed). The numbers are in the results file next to this report.",
      "lossbook \(version) で \(notebook) から作成（シード \(seed)）。数値はこのレポートの隣の結果ファイルにあります。")
  }

  /// "Table 2: caption" / 「表2：caption」 (no space in Japanese).
  public func numbered(_ label: String, _ n: Int) -> String {
    language == .ja ? "\(label)\(n)" : "\(label) \(n)"
  }

  public var captionSeparator: String { pick(": ", "：") }
}
