import LossbookEngine
import LossbookSyntax

/// A `plot` block: points and lines of a table, fitted curves over them, a chance line.
struct PlotSpec: Decodable, BlockSpec {
  enum Mark: String, CaseIterable, Sendable { case points, line, both }
  enum Scale: String, CaseIterable, Sendable { case linear, log }

  var table: Located<String>
  var x: Located<String>
  var y: OneOrMany
  var color: Located<String>?
  var mark: Choice<Mark>?
  var x_scale: Choice<Scale>?
  var y_scale: Choice<Scale>?
  var x_reversed: Bool?
  var overlay: [PlotOverlay]?
  var facet: Bool?
  var chance: SpecNumber?
  var title: String?
  var caption: String?
  var alt: String?
  var x_label: String?
  var y_label: String?
  var y_percent: Bool?

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
    FieldDoc("y", "column or list of columns", "the vertical axis; several columns give one series each"),
    FieldDoc("color", "column", default: "none", "one series per value of this column (such as run)"),
    FieldDoc("mark", "points | line | both", default: "points", "how the data are drawn"),
    FieldDoc("x_scale", "linear | log", default: "linear", "the x axis scale"),
    FieldDoc("y_scale", "linear | log", default: "linear", "the y axis scale"),
    FieldDoc(
      "x_reversed", "true | false", default: "true when x is a loss column",
      "draw x falling to the right, so lower loss (better) reads left to right"),
    FieldDoc(
      "overlay", "list of fit or threshold block ids, or {fit, model, band, level}", default: "none",
      "draws a fit's best model (or the named model) over the data; band: true adds its pointwise confidence band (delta method) at level (default 0.95); a threshold block draws its threshold as a vertical line, its interval as a band, and its fitted hinge ({fit: t, hinge: false} leaves the hinge out)"),
    FieldDoc(
      "facet", "true | false", default: "false",
      "one panel per y column (small multiples with shared axes); each overlay goes to the panel of its y"),
    FieldDoc("chance", "number", default: "none", "the chance level, drawn as a labelled dashed line"),
    FieldDoc("y_percent", "true | false", default: "false", "label y ticks as percentages"),
    FieldDoc("title", "text", default: "a title from the columns", "the figure's title: say the finding"),
    FieldDoc("caption", "text", default: "none", "shown under the figure"),
    FieldDoc("alt", "text", default: "generated from the data", "the text description for screen readers"),
    FieldDoc("x_label", "text", default: "the column (loss: 'pre-training loss (lower is better →)')", "the x axis title"),
    FieldDoc("y_label", "text", default: "the column(s)", "the y axis title"),
  ]
}

/// A column name or a list of them.
struct OneOrMany: Decodable {
  var names: [Located<String>]

  init(from decoder: Decoder) throws {
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
