extension Expression {
  /// Evaluates the expression and its exact partial derivatives (forward-mode automatic differentiation).
  ///
  /// References whose dotted path equals `variables[i]` take the value `values[i]`
  /// and get gradient slot `i`; if a name is listed twice, the first entry wins and
  /// the later slot stays zero. Every other reference is looked up through `lookup`
  /// and treated as a constant. Derivative rules: `min`/`max`/`clamp`/`hinge`/`abs`
  /// use the branch taken (ties go to the earliest argument of `min`/`max`, so
  /// `hinge'(0) = 1`; `abs'(0) = 0`); comparisons and `and`/`or`/`not` have zero
  /// derivative; for `x^y` the `y` term `log(x)·x^y` applies only when `x > 0`.
  /// Terms with a zero incoming derivative are skipped, so constants never turn a
  /// gradient into `nan`.
  public func evaluateWithGradient(
    variables: [String],
    values: [Double],
    lookup: (ExpressionReference) throws(ExpressionError) -> Double
  ) throws(ExpressionError) -> (value: Double, gradient: [Double]) {
    guard variables.count == values.count else {
      throw ExpressionError(
        .lengthMismatch(variables: variables.count, values: values.count),
        offset: 0, length: text.count)
    }
    var slots: [String: Int] = [:]
    for (index, name) in variables.enumerated() where slots[name] == nil {
      slots[name] = index
    }
    let count = variables.count
    let result = try ExpressionEvaluator<ExpressionDual>.run(program) {
      reference throws(ExpressionError) -> ExpressionEvaluated<ExpressionDual> in
      if let slot = slots[reference.dotted] {
        return .number(ExpressionDual.variable(values[slot], index: slot, count: count))
      }
      return .number(ExpressionDual(constant: try lookup(reference)))
    }
    switch result {
    case .number(let dual):
      var gradient = dual.gradient
      if gradient.count < count {
        gradient.append(contentsOf: repeatElement(0, count: count - gradient.count))
      }
      return (dual.value, gradient)
    case .string:
      throw ExpressionError(.givesString, at: root.span)
    }
  }
}
