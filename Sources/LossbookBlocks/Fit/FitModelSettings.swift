import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// A model entry's own `bounds:` and `starts:`, checked against the model's parameter names.
enum FitModelSettings {
  /// `options` with the entry's bounds and start points.
  ///
  /// - Throws: a failure at a name that is not one of the model's parameters, or at a bound
  ///   or start the model cannot use (see ``supported(_:)``).
  static func options(_ options: FitOptions, entry: FitModelEntry, model: BuiltinModel) throws(BlockFailure)
    -> FitOptions
  {
    let names = model.parameterNames
    var settings = options
    settings.bounds = try bounds(entry.bounds, names: names)
    settings.starts = try starts(entry.starts, names: names)
    let (boundable, startable, why) = supported(model)
    for (name, pair) in entry.bounds?.fields ?? [] where !boundable.contains(name) {
      throw BlockFailure(
        FitDiagnostics.badOption, .fit(.noBound(model: model.rawValue, parameter: name, why: why)), at: pair.range,
        help: boundable.isEmpty ? .fit(.removeBounds) : .fit(.boundsTake(parameters: boundable)))
    }
    if !startable, let first = entry.starts?.first?.fields.first {
      throw BlockFailure(
        FitDiagnostics.badOption, .fit(.noStarts(model: model.rawValue, why: why)), at: first.value.range,
        help: .fit(.removeStarts))
    }
    return settings
  }

  /// Which parameters of a built-in model take bounds, whether it takes starts, and why not.
  static func supported(_ model: BuiltinModel) -> (bounds: [String], starts: Bool, why: FitFixedBy) {
    switch model {
    case .linear, .quadratic:
      return ([], false, .closedForm)
    case .hinge:
      return (["eta"], false, .profiledThreshold)
    case .segmented:
      return (["psi"], false, .profiledBreakpoint)
    case .chinchilla:
      return ([], false, .hoffmannGrid)
    case .logistic, .expDecay, .powerLaw:
      return (model.parameterNames, true, .nothing)
    }
  }

  /// The bounds by parameter name.
  static func bounds(_ fields: OrderedFields<BoundPair>?, names: [String]) throws(BlockFailure) -> [String:
    ParameterBound]
  {
    var result: [String: ParameterBound] = [:]
    for (name, pair) in fields?.fields ?? [] {
      try check(name, at: pair.range, names: names, field: "bounds")
      result[name] = ParameterBound(low: pair.low, high: pair.high)
    }
    return result
  }

  /// The start points, each a partial map of parameter values.
  static func starts(
    _ points: [OrderedFields<Located<Double>>]?, names: [String]
  ) throws(BlockFailure) -> [[String: Double]] {
    var result: [[String: Double]] = []
    for point in points ?? [] {
      var values: [String: Double] = [:]
      for (name, value) in point.fields {
        try check(name, at: value.range, names: names, field: "starts")
        guard value.value.isFinite else {
          throw BlockFailure(FitDiagnostics.badOption, .fit(.startNotFinite(parameter: name)), at: value.range)
        }
        values[name] = value.value
      }
      result.append(values)
    }
    return result
  }

  /// Fails unless `name` is one of the model's parameters.
  static func check(_ name: String, at range: SourceRange?, names: [String], field: String) throws(BlockFailure) {
    guard !names.contains(name) else { return }
    throw BlockFailure(
      FitDiagnostics.unknownName,
      .fit(.notAParameter(name: name, field: field, parameters: names)),
      at: range, help: Diagnostic.didYouMean(name, among: names))
  }
}
