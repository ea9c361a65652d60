import LossbookEngine
import LossbookStats
import LossbookSyntax

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
        FitDiagnostics.badOption, "the \(model.rawValue) model takes no bound on \(name): \(why)", at: pair.range,
        help: boundable.isEmpty ? "remove bounds" : "bounds here take \(boundable.joined(separator: ", "))")
    }
    if !startable, let first = entry.starts?.first?.fields.first {
      throw BlockFailure(
        FitDiagnostics.badOption, "the \(model.rawValue) model takes no starts: \(why)", at: first.value.range,
        help: "remove starts")
    }
    return settings
  }

  /// Which parameters of a built-in model take bounds, whether it takes starts, and why not.
  static func supported(_ model: BuiltinModel) -> (bounds: [String], starts: Bool, why: String) {
    switch model {
    case .linear, .quadratic:
      return ([], false, "it is fitted in closed form by least squares")
    case .hinge:
      return (["eta"], false, "its threshold is found exactly by profiling, and r and k by least squares for it")
    case .segmented:
      return (["psi"], false, "its breakpoint is found exactly by profiling, and the slopes by least squares for it")
    case .chinchilla:
      return ([], false, "it always uses the Hoffmann grid of starts with E, A and B positive")
    case .logistic, .expDecay, .powerLaw:
      return (model.parameterNames, true, "")
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
          throw BlockFailure(FitDiagnostics.badOption, "the start of \(name) must be a finite number", at: value.range)
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
      "'\(name)' in \(field) is not a parameter of this model (\(names.joined(separator: ", ")))",
      at: range, help: Diagnostic.didYouMean(name, among: names))
  }
}
