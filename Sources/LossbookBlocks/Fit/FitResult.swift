import LossbookCore
import LossbookEngine
import LossbookStats

/// Fitted models, in the order asked for, each with its status, and the comparison table.
struct FitResult: BlockResult {
  let tableID: String
  let x: [String]
  let y: String
  let n: Int
  let criterion: String
  /// The best eligible (`ok` or `at_bound`) model by the criterion.
  let best: String?
  let fits: [FittedModel]
  let includeTrace: Bool
  /// The data and settings of the chinchilla model, for its bootstrap refits; nil without one.
  var lawData: FitLawData? = nil
  /// Display names of the table's columns (a family's `labels:`), for the page only.
  var displayNames: [String: String] = [:]

  /// The fitted model called `name` (nil for an unknown name or a model without a fit).
  func fit(named name: String) -> ModelFit? { fits.first { $0.name == name }?.fit }

  /// The best model's fit.
  var bestFit: ModelFit? { best.flatMap(fit(named:)) }

  /// The models left out of the comparison (`unidentified`, `not_converged`).
  var leftOut: [FittedModel] { fits.filter { !$0.status.isEligible } }

  /// The criterion's value of a fit.
  func score(_ fit: ModelFit) -> Double { criterion == "aic" ? fit.aic : fit.bic }

  /// One warning per model left out, at its entry in `models:`.
  var warnings: [BlockWarning] { leftOut.map(FitDiagnostics.leftOutWarning) }

  /// The comparison table: one row per model, in the order asked for (NaN where a model has
  /// no fit).
  var table: DataTable? {
    let bestScore = bestFit.map(score) ?? .nan
    func column(_ value: (ModelFit) -> Double) -> [Double] { fits.map { $0.fit.map(value) ?? .nan } }
    return DataTable(columns: [
      DataColumn("model", text: fits.map(\.name)),
      DataColumn("status", text: fits.map(\.status.kind.rawValue)),
      DataColumn("parameters", numbers: fits.map { Double($0.parameterNames.count) }),
      DataColumn("rss", numbers: column(\.rss)),
      DataColumn("sigma", numbers: column(\.sigma)),
      DataColumn("dof", numbers: column { Double($0.dof) }),
      DataColumn("r2", numbers: column(\.r2)),
      DataColumn("aic", numbers: column(\.aic)),
      DataColumn("bic", numbers: column(\.bic)),
      DataColumn("delta", numbers: column { score($0) - bestScore }),
      DataColumn("converged", numbers: column { $0.converged ? 1 : 0 }),
      DataColumn("iterations", numbers: column { Double($0.iterations) }),
    ])
  }

  var json: JSONValue {
    .object([
      ("table", .string(tableID)), ("x", x.count == 1 ? .string(x[0]) : .array(x.map { .string($0) })),
      ("y", .string(y)), ("n", .number(Double(n))),
      ("criterion", .string(criterion)), ("best", best.map { .string($0) } ?? .null),
      ("left_out", .array(leftOut.map { .string($0.name) })),
      ("models", .object(fits.map { ($0.name, modelJSON($0)) })),
    ])
  }

  /// One model's entry: its status, bound and solver runs, then its numbers when it has a fit.
  func modelJSON(_ model: FittedModel) -> JSONValue {
    var members: [(String, JSONValue)] = [("status", .string(model.status.kind.rawValue))]
    if model.status.kind == .atBound, let parameter = model.status.parameter, let side = model.status.side {
      members.append(("bound", .object([("param", .string(parameter)), ("side", .string(side.rawValue))])))
    }
    if model.status.kind != .ok {
      members.append(("reason", model.status.reason.json))
      if let advice = model.status.advice { members.append(("advice", advice.json)) }
    }
    members.append(("attempts", .array((model.fit?.attempts ?? []).map(Self.attemptJSON))))
    if let formula = model.formula { members.append(("formula", .string(formula))) }
    guard let f = model.fit else { return .object(members) }
    let ranges = f.parameterNames.indices.compactMap { j -> (String, JSONValue)? in
      guard j < f.bounds.count, let bound = f.bounds[j] else { return nil }
      return (f.parameterNames[j], .array([.num(bound.low), .num(bound.high)]))
    }
    if !ranges.isEmpty { members.append(("bounds", .object(ranges))) }
    var params: [(String, JSONValue)] = []
    for (i, name) in f.parameterNames.enumerated() {
      params.append(
        (
          name,
          .object([
            ("estimate", .num(f.estimates[i])), ("se", .num(f.standardErrors[i])),
            ("ci", f.standardErrors[i].isFinite ? .numbers([f.intervals[i].lower, f.intervals[i].upper]) : .null),
          ])
        ))
    }
    members += [
      ("params", .object(params)), ("covariance", .array(f.covariance.map { .numbers($0) })),
      ("rss", .num(f.rss)), ("sigma", .num(f.sigma)), ("dof", .number(Double(f.dof))),
      ("aic", .num(f.aic)), ("bic", .num(f.bic)), ("r2", .num(f.r2)), ("converged", .bool(f.converged)),
      ("stop", f.stopReason.map { .string($0.rawValue) } ?? .null),
      ("iterations", .number(Double(f.iterations))),
    ]
    if let huber = f.huber {
      members.append(
        (
          "huber",
          .object([
            ("delta", .num(huber.delta)), ("objective", .num(huber.objective)),
            ("rounds", .number(Double(huber.rounds))), ("converged", .bool(huber.converged)),
          ])
        ))
    }
    if includeTrace {
      members.append(
        (
          "trace",
          .array(
            f.trace.map { step in
              .object([
                ("iteration", .number(Double(step.iteration))), ("rss", .num(step.rss)),
                ("params", .numbers(step.parameters)),
              ])
            })
        ))
    }
    return .object(members)
  }

  /// One solver run in the results file.
  static func attemptJSON(_ attempt: FitAttempt) -> JSONValue {
    .object([
      ("start", .string(attempt.start)), ("method", .string(attempt.method.rawValue)), ("rss", .num(attempt.rss)),
      ("iterations", .number(Double(attempt.iterations))), ("converged", .bool(attempt.converged)),
      ("detail", attempt.error?.json ?? .string(attempt.stop?.rawValue ?? "")), ("chosen", .bool(attempt.chosen)),
    ])
  }
}
