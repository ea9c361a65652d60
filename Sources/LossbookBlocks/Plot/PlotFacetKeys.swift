import LossbookRender

/// How a faceted plot names and styles what repeats in its panels: each panel is titled with
/// its y column, so the legend says once per kind what a mark is ("data", "hinge fit",
/// "threshold") instead of once per task, and a kind looks the same in every panel.
enum PlotFacetKeys {
  /// Fitted lines in facets, by kind in order of first appearance: black, bluish green, reddish
  /// purple, then orange (outlined); never blue, the colour of the data (palette 0), nor
  /// vermillion, the threshold's.
  static let lineStyles = [4, 2, 3, 5]

  /// The kind of a fitted curve: "logistic fit", 「logisticモデル」; a hinge from a fit block
  /// and from a threshold block are one kind.
  static func fitKind(_ model: String, language: ReportLanguage) -> String {
    if model == "hinge" { return hingeKind(language) }
    return language == .ja ? "\(japaneseName(model))モデル" : "\(model) fit"
  }

  /// A built-in model's name in Japanese legends (the words of the threshold table); other
  /// names (a formula model's, exp-decay, ...) as written.
  static func japaneseName(_ model: String) -> String {
    model == "hinge" ? "折れ線" : ReportWords(.ja).fitName(model)
  }

  /// The kind of the fitted hinge: "hinge fit", 「折れ線モデル」.
  static func hingeKind(_ language: ReportLanguage) -> String {
    language == .ja ? "折れ線モデル" : "hinge fit"
  }

  /// The legend entries of a faceted plot's overlays; the chart shows those that some panel
  /// draws. `levels` are the interval levels of its threshold blocks (0.95) and `methods` how
  /// their intervals were made ("profile likelihood"); the band's entry states each when they
  /// share one.
  static func overlayKeys(
    chance: String?, levels: [Double], methods: [String] = [], language: ReportLanguage
  ) -> [ChartOverlayKey] {
    let ja = language == .ja
    let f = LossbookNumberFormat(language: language)
    var keys: [ChartOverlayKey] = []
    if let chance { keys.append(ChartOverlayKey(.line(.chance), label: chance)) }
    keys.append(ChartOverlayKey(.line(.threshold), label: ja ? "閾値" : "threshold"))
    let level = Set(levels).count == 1 ? levels.first.map { f.format($0, style: .percent(nil)) } : nil
    let method = Set(methods).count == 1 ? methods.first.map { ja ? "（\($0)）" : " (\($0))" } ?? "" : ""
    let interval = (ja ? "\(level ?? "")区間" : level.map { "\($0) interval" } ?? "interval") + method
    let band = ja ? "\(interval)：閾値がありそうな範囲" : "\(interval): where the threshold probably is"
    keys.append(ChartOverlayKey(.band, label: band))
    let bend = ja ? "折れ線の曲がり目（閾値ではありません）" : "hinge bend (not a threshold: smooth)"
    keys.append(ChartOverlayKey(.line(.reference), label: bend))
    return keys
  }
}

/// The styles of fitted lines: in one panel a new style per overlay, as in an unfaceted plot
/// (from black, palette 4); in facets one per kind (`PlotFacetKeys.lineStyles`).
struct PlotLineStyles {
  let faceted: Bool
  private var overlays = 0
  private var kinds: [String] = []

  init(faceted: Bool) { self.faceted = faceted }

  /// The style of the next fitted line, of kind `kind`.
  mutating func next(kind: String) -> Int {
    defer { overlays += 1 }
    guard faceted else { return 4 + overlays }
    if !kinds.contains(kind) { kinds.append(kind) }
    let styles = PlotFacetKeys.lineStyles
    return styles[kinds.firstIndex(of: kind)! % styles.count]
  }
}
