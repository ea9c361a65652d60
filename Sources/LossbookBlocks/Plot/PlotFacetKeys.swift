import LossbookCore
import LossbookRender
import LossbookWords

/// How a faceted plot names and styles what repeats in its panels: each panel is titled with
/// its y column, so the legend says once per kind what a mark is ("data", "hinge fit",
/// "threshold") instead of once per task, and a kind looks the same in every panel.
enum PlotFacetKeys {
  /// Fitted lines, in order of preference: black, then the colours the data use last (indigo,
  /// wine, sky blue, orange, reddish purple, bluish green); never blue, the data's first colour.
  /// Neither vermillion (the threshold's) nor the chance grey is in the series palette.
  static let lineStyles = [4, 7, 6, 5, 3, 2, 1]

  /// The legend entries of a faceted plot's overlays; the chart shows those that some panel
  /// draws. `levels` are the interval levels of its threshold blocks (0.95) and `methods` how
  /// their intervals were made ("profile likelihood"); the band's entry states each when they
  /// share one.
  static func overlayKeys(chance: String?, levels: [Double], methods: [String] = [], words: Words)
    -> [ChartOverlayKey]
  {
    let f = LossbookNumberFormat(language: words.language)
    var keys: [ChartOverlayKey] = []
    if let chance { keys.append(ChartOverlayKey(.line(.chance), label: chance)) }
    keys.append(ChartOverlayKey(.line(.threshold), label: words[.keyThreshold]))
    // Only emergent thresholds' bands are "where the threshold probably is"; an inconclusive
    // verdict's band carries its own label.
    guard !levels.isEmpty else { return keys }
    let level = Set(levels).count == 1 ? levels.first.map { f.format($0, style: .percent(nil)) } : nil
    let method = Set(methods).count == 1 ? methods.first : nil
    keys.append(ChartOverlayKey(.band, label: words[.keyBand(level: level, method: method)]))
    return keys
  }
}

/// The styles of fitted lines: in one panel a new style per overlay, as in an unfaceted plot;
/// in facets one per kind of curve (its model: a threshold's hinge and a fit's hinge are one
/// kind). Lines take `PlotFacetKeys.lineStyles` that the data's `dataStyles` series (palette 0
/// to dataStyles − 1) leave free, then the palette after the data, so no line shares a colour
/// with a data series while the palette lasts.
struct PlotLineStyles {
  let faceted: Bool
  private let order: [Int]
  private var overlays = 0
  private var kinds: [String] = []

  init(faceted: Bool, dataStyles: Int = 1) {
    self.faceted = faceted
    let free = PlotFacetKeys.lineStyles.filter { $0 >= dataStyles }
    let after = (0..<8).map { dataStyles + $0 }.filter { !free.contains($0) }
    order = free + after
  }

  /// The style of the next fitted line, of kind `kind`.
  mutating func next(kind: String) -> Int {
    defer { overlays += 1 }
    guard faceted else { return order[overlays % order.count] }
    if !kinds.contains(kind) { kinds.append(kind) }
    return order[kinds.firstIndex(of: kind)! % order.count]
  }
}
