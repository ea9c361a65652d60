/// A value with its exact partial derivatives (forward-mode automatic differentiation).
///
/// An empty `gradient` means "all partial derivatives are zero". Derivative terms
/// whose incoming derivative is exactly zero are skipped, so constants never pick
/// up `nan` from an infinite local derivative (e.g. `sqrt` at 0).
struct ExpressionDual: ExpressionScalar {
  var value: Double
  var gradient: [Double]

  init(value: Double, gradient: [Double]) {
    self.value = value
    self.gradient = gradient
  }

  init(constant: Double) {
    self.init(value: constant, gradient: [])
  }

  /// The `index`-th of `count` variables, with value `value`.
  static func variable(_ value: Double, index: Int, count: Int) -> ExpressionDual {
    var gradient = [Double](repeating: 0, count: count)
    gradient[index] = 1
    return ExpressionDual(value: value, gradient: gradient)
  }

  var primal: Double { value }

  /// `a * da + b * db`, skipping zero incoming derivatives.
  private static func combine(_ x: ExpressionDual, _ a: Double, _ y: ExpressionDual, _ b: Double) -> [Double] {
    if x.gradient.isEmpty { return scale(y, b) }
    if y.gradient.isEmpty { return scale(x, a) }
    let count = Swift.max(x.gradient.count, y.gradient.count)
    var result = [Double](repeating: 0, count: count)
    for i in 0..<count {
      let dx = i < x.gradient.count ? x.gradient[i] : 0
      let dy = i < y.gradient.count ? y.gradient[i] : 0
      result[i] = (dx == 0 ? 0 : a * dx) + (dy == 0 ? 0 : b * dy)
    }
    return result
  }

  /// `a * dx`, skipping zero incoming derivatives.
  private static func scale(_ x: ExpressionDual, _ a: Double) -> [Double] {
    if a == 1 { return x.gradient }
    return x.gradient.map { $0 == 0 ? 0 : a * $0 }
  }

  static func add(_ a: ExpressionDual, _ b: ExpressionDual) -> ExpressionDual {
    ExpressionDual(value: a.value + b.value, gradient: combine(a, 1, b, 1))
  }

  static func subtract(_ a: ExpressionDual, _ b: ExpressionDual) -> ExpressionDual {
    ExpressionDual(value: a.value - b.value, gradient: combine(a, 1, b, -1))
  }

  static func multiply(_ a: ExpressionDual, _ b: ExpressionDual) -> ExpressionDual {
    ExpressionDual(value: a.value * b.value, gradient: combine(a, b.value, b, a.value))
  }

  static func divide(_ a: ExpressionDual, _ b: ExpressionDual) -> ExpressionDual {
    let value = a.value / b.value
    return ExpressionDual(value: value, gradient: combine(a, 1 / b.value, b, -value / b.value))
  }

  static func negate(_ a: ExpressionDual) -> ExpressionDual {
    ExpressionDual(value: -a.value, gradient: scale(a, -1))
  }

  /// `x^y`: the `dx` term is `y * x^(y-1)`; the `dy` term `log(x) * x^y` is used only when `x > 0`.
  static func power(_ a: ExpressionDual, _ b: ExpressionDual) -> ExpressionDual {
    let value = ExpressionMath.power(a.value, b.value)
    let da = b.value == 0 ? 0 : b.value * ExpressionMath.power(a.value, b.value - 1)
    let db = a.value > 0 ? ExpressionMath.value(.log, a.value) * value : 0
    return ExpressionDual(value: value, gradient: combine(a, da, b, db))
  }

  static func elementary(_ function: ExpressionFunction, _ a: ExpressionDual) -> ExpressionDual {
    let value = ExpressionMath.value(function, a.value)
    if a.gradient.isEmpty { return ExpressionDual(constant: value) }
    let slope = ExpressionMath.derivative(function, a.value, value: value)
    return ExpressionDual(value: value, gradient: scale(a, slope))
  }
}
