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

  static let fields: [SpecField] = [
    SpecField("table"),
    SpecField("x"),
    SpecField("y"),
    SpecField("color"),
    SpecField("mark", default: Defaults.mark),
    SpecField("bins", default: Defaults.bins, values: ["maxBins": "\(maxBins)"]),
    SpecField("x_scale", default: Defaults.xScale),
    SpecField("y_scale", default: Defaults.yScale),
    SpecField("x_reversed"),
    SpecField("overlay", values: ["overlayLevel": "\(Defaults.overlayLevel)"]),
    SpecField("facet", default: "\(Defaults.facet)"),
    SpecField("scales", default: Defaults.scales),
    SpecField("chance"),
    SpecField("y_percent", default: "\(Defaults.yPercent)"),
    SpecField("title"),
    SpecField("caption"),
    SpecField("alt"),
    SpecField("x_label"),
    SpecField("y_label"),
    SpecField("labels"),
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
