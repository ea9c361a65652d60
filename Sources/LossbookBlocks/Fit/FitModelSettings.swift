import LossbookEngine
import LossbookStats
import LossbookSyntax

/// A model entry's own `bounds:` and `starts:`, checked against the model's parameter names.
enum FitModelSettings {
  /// `options` with the entry's bounds and start points.
  ///
  /// - Throws: a failure at a name that is not one of the model's parameters.
  static func options(_ options: FitOptions, entry: FitModelEntry, names: [String]) throws(BlockFailure) -> FitOptions {
    var settings = options
    settings.bounds = try bounds(entry.bounds, names: names)
    settings.starts = try starts(entry.starts, names: names)
    return settings
  }

  /// The bounds by parameter name.
  static func bounds(_ fields: OrderedFields<BoundPair>?, names: [String]) throws(BlockFailure) -> [String: ParameterBound] {
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
      FitDiagnostics.unknownName, "'\(name)' in \(field) is not a parameter of this model (\(names.joined(separator: ", ")))",
      at: range, help: Diagnostic.didYouMean(name, among: names))
  }
}
