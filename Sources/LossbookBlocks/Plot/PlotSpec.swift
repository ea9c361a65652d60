import LossbookEngine
import LossbookSyntax
import LossbookWords

/// A `plot` block: points and lines of a table, fitted curves over them, a chance line; or,
/// with `mark: histogram`, the counts of one column in equal-width bins.
struct PlotSpec: Decodable, BlockSpec {
  /// Its output is a numbered figure (`@fig-ID`).
  var numberedAs: NumberedElement? { .figure }

  enum Mark: String, CaseIterable, Sendable { case points, line, both, histogram }
  enum Scale: String, CaseIterable, Sendable { case linear, log }
  /// Facets' y ranges: one for all panels, or each panel its own.
  enum Scales: String, CaseIterable, Sendable {
    case fixed
    case free_y
  }

  var table: Located<String>
  var x: Located<String>
  /// The y columns; nil only for a histogram, which counts x.
  var y: OneOrMany?
  var color: Located<String>?
  var mark: Choice<Mark>?
  /// A histogram's number of bins (1 to 1000, checked when decoded); nil → `Defaults.bins`.
  var bins: Int?
  var x_scale: Choice<Scale>?
  var y_scale: Choice<Scale>?
  var x_reversed: Bool?
  var overlay: [PlotOverlay]?
  var facet: Bool?
  var scales: Choice<Scales>?
  var chance: SpecNumber?
  var title: String?
  var caption: String?
  var alt: String?
  var x_label: String?
  var y_label: String?
  var y_percent: Bool?
  /// Display names for columns and group values.
  var labels: DisplayLabels?

  /// The most bins a histogram may have.
  static let maxBins = 1000

  var isHistogram: Bool { mark?.value == .histogram }

  enum CodingKeys: String, CodingKey {
    case table, x, y, color, mark, bins, x_scale, y_scale, x_reversed, overlay, facet, chance, title, caption, alt
    case x_label, y_label, y_percent, labels, scales
  }

  /// Decodes the fields, then checks that they go with the mark (`PlotMarkRules`): a histogram
  /// takes no `y`, every other mark needs one.
  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    table = try c.decode(Located<String>.self, forKey: .table)
    x = try c.decode(Located<String>.self, forKey: .x)
    let markField = try c.decodeIfPresent(Located<Choice<Mark>>.self, forKey: .mark)
    mark = markField?.value
    y =
      markField?.value.value == .histogram
      ? try c.decodeIfPresent(OneOrMany.self, forKey: .y) : try c.decode(OneOrMany.self, forKey: .y)
    color = try c.decodeIfPresent(Located<String>.self, forKey: .color)
    let binsField = try c.decodeIfPresent(Located<Double>.self, forKey: .bins)
    let xScale = try c.decodeIfPresent(Located<Choice<Scale>>.self, forKey: .x_scale)
    x_scale = xScale?.value
    let yScale = try c.decodeIfPresent(Located<Choice<Scale>>.self, forKey: .y_scale)
    y_scale = yScale?.value
    x_reversed = try c.decodeIfPresent(Bool.self, forKey: .x_reversed)
    overlay = try c.decodeIfPresent([PlotOverlay].self, forKey: .overlay)
    let facetField = try c.decodeIfPresent(Located<Bool>.self, forKey: .facet)
    facet = facetField?.value
    scales = try c.decodeIfPresent(Choice<Scales>.self, forKey: .scales)
    chance = try c.decodeIfPresent(SpecNumber.self, forKey: .chance)
    title = try c.decodeIfPresent(String.self, forKey: .title)
    caption = try c.decodeIfPresent(String.self, forKey: .caption)
    alt = try c.decodeIfPresent(String.self, forKey: .alt)
    x_label = try c.decodeIfPresent(String.self, forKey: .x_label)
    y_label = try c.decodeIfPresent(String.self, forKey: .y_label)
    let yPercent = try c.decodeIfPresent(Located<Bool>.self, forKey: .y_percent)
    y_percent = yPercent?.value
    labels = try c.decodeIfPresent(DisplayLabels.self, forKey: .labels)

    let rules = PlotMarkRules(
      mark: markField, y: y, color: color, bins: binsField, xScale: xScale, yScale: yScale, facet: facetField,
      chance: chance, yPercent: yPercent)
    try rules.check()
    bins = try rules.binCount()
  }

  var blockReferences: [Located<String>] { [table] + (overlay ?? []).map(\.fit) }

  var expressions: [SpecExpression] {
    if case .expression(let e)? = chance?.value { return [e] }
    return []
  }

  func execute(_ context: ExecutionContext) throws(BlockFailure) -> any BlockResult {
    try PlotBlock.run(self, context: context)
  }

  static let fields: [FieldDoc] = [
    FieldDoc("table", "block id", "the table to draw"),
    FieldDoc("x", "column", "the horizontal axis"),
    FieldDoc(
      "y", "column or list of columns", default: "none with mark: histogram, else required",
      "the vertical axis; several columns give one series each; a histogram takes no y (its y axis is the count)"),
    FieldDoc(
      "color", "column", default: "none", "one series per value of this column (such as run); not with a histogram"),
    FieldDoc(
      "mark", "points | line | both | histogram", default: Defaults.mark,
      "how the data are drawn; histogram counts the finite values of x in equal-width bins, drawn as bars (NaN and infinite values are left out; the generated alt text says how many); its bins are the block's table (bin_lower, bin_upper, count), written to <id>.csv; with it, y, color, facet, chance, y_percent and log scales are errors, a threshold overlay draws its line and interval band (never the hinge), and a fit overlay is an error"
    ),
    FieldDoc(
      "bins", "whole number from 1 to \(maxBins)", default: Defaults.bins,
      "the histogram's bins: equal widths from the smallest to the largest finite x, each [lower, upper) but the last, which also holds the largest value; all values equal give one bar; only with mark: histogram"
    ),
    FieldDoc("x_scale", "linear | log", default: Defaults.xScale, "the x axis scale"),
    FieldDoc("y_scale", "linear | log", default: Defaults.yScale, "the y axis scale"),
    FieldDoc(
      "x_reversed", "true | false", default: "true when x is a loss column",
      "draw x falling to the right, so lower loss (better) reads left to right"),
    FieldDoc(
      "overlay", "list of fit or threshold block ids, or {fit, model, band, level}", default: "none",
      "draws a fit's best model (or the named model) over the data; band: true adds its pointwise confidence band (delta method) at level (default \(Defaults.overlayLevel)); a threshold block with the verdict emergent draws its threshold as a vertical line, its interval as a band, and its fitted hinge ({fit: t, hinge: false} leaves the hinge out); with smooth it draws no threshold, only the curve with the smallest BIC of its line, logistic curve and hinge, on top; with inconclusive that curve and its interval as a band labelled 'where a threshold might be', never a line; a fit overlay drawing the same model of the same column stands for the threshold's curve"
    ),
    FieldDoc(
      "facet", "true | false", default: "\(Defaults.facet)",
      "one panel per y column (small multiples with shared axes, in as many columns as keep each panel 250 px wide: 2 in a report); each overlay goes to the panel of its y; the legend names each kind once (data, hinge fit, threshold, the interval band, guessing) and each kind looks the same in every panel; a threshold's label carries its interval; on narrow screens the page shows the panels in one column"
    ),
    FieldDoc(
      "scales", "fixed | free_y", default: Defaults.scales,
      "with facet: true, free_y gives each panel its own y range, ticked and labelled in every panel (a task from 25% to 30% is not squashed into a panel sized for one from 25% to 60%); fixed shares one range so that panels compare by height; one panel has one range either way"
    ),
    FieldDoc("chance", "number", default: "none", "the chance level, drawn as a labelled dashed line"),
    FieldDoc("y_percent", "true | false", default: "\(Defaults.yPercent)", "label y ticks as percentages"),
    FieldDoc("title", "text", default: "a title from the columns", "the figure's title: say the finding"),
    FieldDoc("caption", "text", default: "none", "shown under the figure"),
    FieldDoc("alt", "text", default: "generated from the data", "the text description for screen readers"),
    FieldDoc(
      "x_label", "text", default: "the column (loss: 'pre-training loss (lower is better →)')", "the x axis title"),
    FieldDoc(
      "y_label", "text", default: "the column(s); for a histogram '\(Words(.en)[.count])' (ja \(Words(.ja)[.count]))",
      "the y axis title"),
    FieldDoc(
      "labels", "mapping of column or group value to text", default: "none",
      "display names, such as {MMLU_brier: \"MMLU (Brier score)\", err17: \"average error over 17 tests\"}: used instead of the raw name in legends, panel titles, axis titles, the default title, fit names and the description; the results file keeps the names; a key that is neither a column of the table nor a value of color is an error (unknown-label) with a did-you-mean"
    ),
  ]
}

/// A column name or a list of them.
struct OneOrMany: Decodable {
  var names: [Located<String>]
  /// Where the name or the list is written.
  var range: SourceRange?

  init(from decoder: Decoder) throws {
    range = (decoder as? PositionedDecoder)?.range
    if let d = decoder as? PositionedDecoder, d.nodeKind == .sequence {
      names = try [Located<String>](from: decoder)
    } else {
      names = [try Located<String>(from: decoder)]
    }
  }
}

/// One overlay: a fit block id (its best model), or `{fit: f, model: hinge, band: true, level: 0.95}`;
/// for a threshold block, `{fit: t, hinge: false}` draws its line and band without the hinge
/// (for a plot whose y is not the score, such as the bootstrap thresholds).
struct PlotOverlay: Decodable, Sendable {
  var fit: Located<String>
  var model: Located<String>?
  var band: Bool
  var level: Located<Double>?
  var hinge: Bool

  private enum CodingKeys: String, CodingKey { case fit, model, band, level, hinge }

  init(from decoder: Decoder) throws {
    if let d = decoder as? PositionedDecoder, d.nodeKind == .mapping {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      fit = try c.decode(Located<String>.self, forKey: .fit)
      model = try c.decodeIfPresent(Located<String>.self, forKey: .model)
      band = try c.decodeIfPresent(Bool.self, forKey: .band) ?? false
      level = try c.decodeIfPresent(Located<Double>.self, forKey: .level)
      hinge = try c.decodeIfPresent(Bool.self, forKey: .hinge) ?? true
    } else {
      fit = try Located<String>(from: decoder)
      model = nil
      band = false
      level = nil
      hinge = true
    }
  }
}
