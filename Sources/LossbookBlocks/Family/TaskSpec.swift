import LossbookEngine
import LossbookSimulation
import LossbookSyntax

/// One task of a family. Only the fields of its shape are read, so a field that the shape does
/// not use (`mid` on a hinge) is an unknown field, with a "did you mean".
struct TaskSpec: Decodable {
  enum Shape: String, CaseIterable, Sendable {
    case linear, logistic, hinge
    case exactMatch = "exact-match"
    case items

    /// The number fields this shape reads, besides `items`; the required ones first.
    var required: [TaskSpec.CodingKeys] {
      switch self {
      case .hinge: [.eta, .slope]
      case .logistic: [.mid, .width]
      case .linear: [.value, .at, .slope]
      case .exactMatch: [.tokens, .rate, .floor]
      case .items: [.eta, .sharpness, .items]
      }
    }

    var optional: [TaskSpec.CodingKeys] {
      switch self {
      case .hinge, .logistic, .linear: [.random, .ceiling, .items, .options]
      case .exactMatch: [.items]
      case .items: [.random, .options, .ceiling, .spread]
      }
    }
  }

  var name: Located<String>
  var shape: Shape
  var shapeRange: SourceRange
  /// The number fields given, by name (only those of the shape).
  var fields: [CodingKeys: SpecNumber]
  /// The metrics asked for (accuracy is always computed).
  var metrics: [Located<Choice<TaskMetric>>]

  enum CodingKeys: String, CodingKey, CaseIterable {
    case name, shape, metrics
    case random, ceiling, eta, slope, mid, width, value, at, tokens, rate, floor, items, options, spread, sharpness
  }

  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(Located<String>.self, forKey: .name)
    let s = try c.decode(Located<Choice<Shape>>.self, forKey: .shape)
    shape = s.value.value
    shapeRange = s.range
    fields = [:]
    for key in shape.required + shape.optional {
      if let n = try c.decodeIfPresent(SpecNumber.self, forKey: key) { fields[key] = n }
    }
    metrics = try c.decodeIfPresent([Located<Choice<TaskMetric>>].self, forKey: .metrics) ?? []
    if let missing = shape.required.first(where: { fields[$0] == nil }) {
      throw SpecDecodingError(
        DecodeDiagnostics.missingField, .family(.taskNeedsField(shape: shape.rawValue, field: missing.rawValue)),
        at: shapeRange, help: .family(.addTaskField(field: missing.rawValue, task: name.value)))
    }
    if shape == .items, fields[.random] == nil, fields[.options] == nil {
      throw SpecDecodingError(
        DecodeDiagnostics.missingField, .family(.itemsNeedOptions), at: shapeRange,
        help: .family(.itemsNeedOptionsHelp(task: name.value)))
    }
    for m in metrics {
      switch m.value.value {
      case .accuracy, .prob: continue
      case .token where shape == .exactMatch: continue
      case .token:
        throw SpecDecodingError(
          FamilyDiagnostics.badMetric, .family(.tokenMetricNotExactMatch), at: m.range,
          help: .family(.tokenMetricHelp(shape: shape.rawValue)))
      case .brier where shape == .items || (shape != .exactMatch && fields[.options] != nil): continue
      case .brier:
        throw SpecDecodingError(
          FamilyDiagnostics.badMetric, .family(.brierWithoutOptions(exactMatch: shape == .exactMatch)), at: m.range,
          help: shape == .exactMatch
            ? .family(.brierExactMatchHelp) : .family(.brierOptionsHelp(task: name.value)))
      }
    }
  }

  /// A number field of the shape.
  subscript(_ key: CodingKeys) -> SpecNumber? { fields[key] }

  /// Every number field, in a fixed order (for the resolve stage).
  var numbers: [SpecNumber] { CodingKeys.allCases.compactMap { fields[$0] } }

  /// The range of the task: its name, where task-level problems point.
  var range: SourceRange { name.range }
}
