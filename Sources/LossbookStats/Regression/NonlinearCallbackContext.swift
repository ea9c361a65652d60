internal import CGSL

/// The state GSL's C callbacks reach through their `void *` argument during one fit.
///
/// Owned by a ``NonlinearLeastSquares`` for its whole life, so the pointer stored in the
/// `fdf` struct stays valid as long as the workspace that holds it.
final class NonlinearCallbackContext {
  var model: NonlinearModel?
  /// The model's bulk evaluator, unwrapped once per fit for the callbacks' fast paths.
  private var bulk: NonlinearModel.BulkEvaluator?
  var y: [Double] = []
  var sqrtWeights: [Double]?
  var n = 0
  var p = 0
  private var parameters: [Double] = []
  private var values: [Double] = []
  private var jacobian: [Double] = []
  /// The first error a model closure threw; GSL saw `GSL_EBADFUNC` instead.
  var pendingError: (any Error)?

  /// Prepares scratch space and data for a fit of `model` to `y` (weights optional).
  func load(model: NonlinearModel, y: [Double], weights: [Double]?) {
    self.model = model
    if case .bulk(let evaluate) = model.evaluator { bulk = evaluate } else { bulk = nil }
    self.y = y
    self.sqrtWeights = weights.map { $0.map { $0.squareRoot() } }
    n = y.count
    p = model.parameterCount
    if parameters.count != p { parameters = [Double](repeating: 0, count: p) }
    if values.count != n { values = [Double](repeating: 0, count: n) }
    if jacobian.count != n * p { jacobian = [Double](repeating: 0, count: n * p) }
    pendingError = nil
  }

  /// Releases the model and data (and whatever the model's closures captured).
  func unload() {
    model = nil
    bulk = nil
    y = []
    sqrtWeights = nil
  }

  /// Writes `f_i = sqrt(w_i) (model_i − y_i)` for the parameters in `x`.
  func fillResiduals(
    x: UnsafePointer<gsl_vector>, into f: UnsafeMutablePointer<gsl_vector>
  ) -> Int32 {
    guard let data = f.pointee.data else { return Int32(GSL_EBADFUNC) }
    let stride = f.pointee.stride
    /// Fast path: a bulk model writes its values straight into GSL's residual vector, which
    /// is then residualised in place (no scratch copy; the same arithmetic, so the same bits).
    if stride == 1, bulk != nil {
      guard evaluateBulkInto(at: x, values: data, jacobian: nil) else { return Int32(GSL_EBADFUNC) }
      residualise(data)
      return Int32(GSL_SUCCESS)
    }
    guard evaluate(at: x, wantJacobian: false) else { return Int32(GSL_EBADFUNC) }
    for i in 0..<n {
      let scale = sqrtWeights?[i] ?? 1
      data[i * stride] = scale * (values[i] - y[i])
    }
    return Int32(GSL_SUCCESS)
  }

  /// Writes `J_ij = sqrt(w_i) ∂model_i / ∂θ_j` for the parameters in `x`.
  func fillJacobian(
    x: UnsafePointer<gsl_vector>, into matrix: UnsafeMutablePointer<gsl_matrix>
  ) -> Int32 {
    guard let data = matrix.pointee.data else { return Int32(GSL_EBADFUNC) }
    let tda = matrix.pointee.tda
    /// Fast path: GSL's n × p Jacobian is row-major with `tda == p`, exactly the bulk
    /// layout, so the model writes into it directly; model values go to scratch.
    if tda == p, bulk != nil {
      let ok = values.withUnsafeMutableBufferPointer { valueBuffer in
        evaluateBulkInto(at: x, values: valueBuffer.baseAddress!, jacobian: data)
      }
      guard ok else { return Int32(GSL_EBADFUNC) }
      if let sqrtWeights {
        for i in 0..<n {
          let scale = sqrtWeights[i]
          for j in 0..<p { data[i * p + j] = scale * data[i * p + j] }
        }
      }
      return Int32(GSL_SUCCESS)
    }
    guard evaluate(at: x, wantJacobian: true) else { return Int32(GSL_EBADFUNC) }
    for i in 0..<n {
      let scale = sqrtWeights?[i] ?? 1
      for j in 0..<p { data[i * tda + j] = scale * jacobian[i * p + j] }
    }
    return Int32(GSL_SUCCESS)
  }

  /// `f_i ← sqrt(w_i) (f_i − y_i)` in place (without weights `f_i − y_i`, which equals
  /// `1 · (f_i − y_i)` bit for bit).
  private func residualise(_ data: UnsafeMutablePointer<Double>) {
    y.withUnsafeBufferPointer { yBuffer in
      if let sqrtWeights {
        sqrtWeights.withUnsafeBufferPointer { scale in
          for i in 0..<n { data[i] = scale[i] * (data[i] - yBuffer[i]) }
        }
      } else {
        for i in 0..<n { data[i] = data[i] - yBuffer[i] }
      }
    }
  }

  /// Runs the bulk model at `x`, writing n values and (optionally) the n × p Jacobian to
  /// the given storage; false (with the error stored) when it threw.
  private func evaluateBulkInto(
    at x: UnsafePointer<gsl_vector>, values: UnsafeMutablePointer<Double>,
    jacobian: UnsafeMutablePointer<Double>?
  ) -> Bool {
    guard pendingError == nil, let bulk, let source = x.pointee.data else { return false }
    let stride = x.pointee.stride
    for j in 0..<p { parameters[j] = source[j * stride] }
    do {
      try parameters.withUnsafeBufferPointer { parameterBuffer in
        try bulk(
          parameterBuffer, UnsafeMutableBufferPointer(start: values, count: n),
          jacobian.map { UnsafeMutableBufferPointer(start: $0, count: n * p) })
      }
      return true
    } catch {
      pendingError = error
      return false
    }
  }

  /// Runs the model at `x`; false (with the error stored) when it threw.
  private func evaluate(at x: UnsafePointer<gsl_vector>, wantJacobian: Bool) -> Bool {
    guard pendingError == nil, let model, let source = x.pointee.data else { return false }
    let stride = x.pointee.stride
    for j in 0..<p { parameters[j] = source[j * stride] }
    do {
      switch model.evaluator {
      case .bulk(let evaluate):
        try evaluateBulk(evaluate, wantJacobian: wantJacobian)
      case .rows(let evaluate):
        try evaluateRows(evaluate, wantJacobian: wantJacobian)
      }
      return true
    } catch {
      pendingError = error
      return false
    }
  }

  private func evaluateBulk(
    _ evaluate: NonlinearModel.BulkEvaluator, wantJacobian: Bool
  ) throws {
    try parameters.withUnsafeBufferPointer { parameterBuffer in
      try values.withUnsafeMutableBufferPointer { valueBuffer in
        if wantJacobian {
          try jacobian.withUnsafeMutableBufferPointer { jacobianBuffer in
            try evaluate(parameterBuffer, valueBuffer, jacobianBuffer)
          }
        } else {
          try evaluate(parameterBuffer, valueBuffer, nil)
        }
      }
    }
  }

  private func evaluateRows(
    _ evaluate: NonlinearModel.RowEvaluator, wantJacobian: Bool
  ) throws {
    for i in 0..<n {
      let (value, gradient) = try evaluate(parameters, i)
      values[i] = value
      guard wantJacobian else { continue }
      guard gradient.count == p else {
        throw FitError.countMismatch(what: "gradient", expected: p, actual: gradient.count)
      }
      for j in 0..<p { jacobian[i * p + j] = gradient[j] }
    }
  }
}

/// GSL's residual callback: forwards to the context behind `params`.
let nonlinearResidualTrampoline:
  @convention(c) (
    UnsafePointer<gsl_vector>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<gsl_vector>?
  ) -> Int32 = { x, params, f in
    guard let x, let params, let f else { return Int32(GSL_EFAULT) }
    let context = Unmanaged<NonlinearCallbackContext>.fromOpaque(params).takeUnretainedValue()
    return context.fillResiduals(x: x, into: f)
  }

/// GSL's Jacobian callback: forwards to the context behind `params`.
let nonlinearJacobianTrampoline:
  @convention(c) (
    UnsafePointer<gsl_vector>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<gsl_matrix>?
  ) -> Int32 = { x, params, jacobian in
    guard let x, let params, let jacobian else { return Int32(GSL_EFAULT) }
    let context = Unmanaged<NonlinearCallbackContext>.fromOpaque(params).takeUnretainedValue()
    return context.fillJacobian(x: x, into: jacobian)
  }
