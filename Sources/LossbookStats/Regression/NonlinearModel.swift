/// A model for ``NonlinearLeastSquares``: parameter names plus values and exact derivatives.
///
/// The model owns its predictors (capture them in the closure); the solver supplies `y`,
/// weights and parameters. Two ways to evaluate, pick the one that suits the source:
/// - ``init(parameterNames:rows:)``: one row at a time, returning the model value and its
///   gradient with respect to the parameters. This suits an expression evaluator with
///   forward-mode derivatives.
/// - ``init(parameterNames:bulk:)``: all rows at once into caller-provided buffers, with no
///   allocation; the built-in models use it.
///
/// Closures may throw; the solver stops at the first error and rethrows it unchanged after
/// GSL has returned. A model is used on one thread at a time.
public struct NonlinearModel {
  /// Evaluates row `row`: the model value and its gradient (one entry per parameter).
  public typealias RowEvaluator =
    (_ parameters: [Double], _ row: Int) throws -> (value: Double, gradient: [Double])

  /// Evaluates every row: model values into `values` (length n) and, when `jacobian` is not
  /// nil, the derivatives row-major into it (n × p, entry `row * p + parameter`).
  public typealias BulkEvaluator =
    (
      _ parameters: UnsafeBufferPointer<Double>, _ values: UnsafeMutableBufferPointer<Double>,
      _ jacobian: UnsafeMutableBufferPointer<Double>?
    ) throws -> Void

  /// How the model is evaluated.
  enum Evaluator {
    case rows(RowEvaluator)
    case bulk(BulkEvaluator)
  }

  /// The parameter names, in the order of every parameter vector.
  public let parameterNames: [String]
  let evaluator: Evaluator

  /// A model evaluated row by row.
  public init(parameterNames: [String], rows: @escaping RowEvaluator) {
    self.parameterNames = parameterNames
    self.evaluator = .rows(rows)
  }

  /// A model evaluated for all rows at once.
  public init(parameterNames: [String], bulk: @escaping BulkEvaluator) {
    self.parameterNames = parameterNames
    self.evaluator = .bulk(bulk)
  }

  /// The number of parameters.
  public var parameterCount: Int { parameterNames.count }
}
