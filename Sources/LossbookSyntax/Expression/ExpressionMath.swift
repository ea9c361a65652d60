#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(ucrt)
  import ucrt
#endif

/// The arithmetic an evaluator needs, implemented by `ExpressionPlain` (plain values) and
/// `ExpressionDual` (values with exact forward-mode derivatives).
protocol ExpressionScalar: Sendable {
  init(constant: Double)
  /// The plain value (without derivatives).
  var primal: Double { get }
  static func add(_ a: Self, _ b: Self) -> Self
  static func subtract(_ a: Self, _ b: Self) -> Self
  static func multiply(_ a: Self, _ b: Self) -> Self
  static func divide(_ a: Self, _ b: Self) -> Self
  static func negate(_ a: Self) -> Self
  static func power(_ a: Self, _ b: Self) -> Self
  /// A one-argument function: any except `min`, `max`, `pow` and `clamp`.
  static func elementary(_ function: ExpressionFunction, _ a: Self) -> Self
}

/// Shared numeric definitions, so that the tree evaluator, the gradient and the
/// compiled evaluator agree exactly.
enum ExpressionMath {
  /// The natural logarithm of 10.
  static let ln10 = 2.302585092994046

  /// Plain value of a one-argument function.
  static func value(_ function: ExpressionFunction, _ x: Double) -> Double {
    switch function {
    case .log: return log(x)
    case .log10: return log10(x)
    case .exp: return exp(x)
    case .sqrt: return x.squareRoot()
    case .abs: return Swift.abs(x)
    case .sin: return sin(x)
    case .cos: return cos(x)
    case .tan: return tan(x)
    case .atan: return atan(x)
    case .sigmoid: return sigmoid(x)
    case .hinge: return x.isNaN || x >= 0 ? x : 0  // max(x, 0); a tie keeps x
    case .min, .max, .pow, .clamp: return .nan
    }
  }

  /// Derivative of a one-argument function at `x`, given its value `y` there.
  static func derivative(_ function: ExpressionFunction, _ x: Double, value y: Double) -> Double {
    switch function {
    case .log: return 1 / x
    case .log10: return 1 / (x * ln10)
    case .exp: return y
    case .sqrt: return 0.5 / y
    case .abs: return x > 0 ? 1 : (x < 0 ? -1 : (x == 0 ? 0 : .nan))
    case .sin: return cos(x)
    case .cos: return -sin(x)
    case .tan: return 1 + y * y
    case .atan: return 1 / (1 + x * x)
    case .sigmoid: return y * (1 - y)
    case .hinge: return x >= 0 ? 1 : (x < 0 ? 0 : .nan)
    case .min, .max, .pow, .clamp: return .nan
    }
  }

  /// `1 / (1 + exp(-x))`, computed without overflow for large `|x|`.
  static func sigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + exp(-x)) }
    let t = exp(x)
    return t / (1 + t)
  }

  /// IEEE `pow` (so `pow(0, -1)` is `inf` and `pow(-8, 1/3)` is `nan`).
  static func power(_ x: Double, _ y: Double) -> Double {
    pow(x, y)
  }

  /// The index chosen by `min` (`isMax == false`) or `max` among `count` values:
  /// the first NaN if there is one (NaN propagates), otherwise the first argument
  /// holding the extreme value (ties go to the earliest argument).
  static func extremeIndex(count: Int, isMax: Bool, value: (Int) -> Double) -> Int {
    var best = 0
    for i in 0..<count {
      let v = value(i)
      if v.isNaN { return i }
      if i == 0 { continue }
      let b = value(best)
      if isMax ? v > b : v < b { best = i }
    }
    return best
  }

  /// Plain truth value: any nonzero number (NaN included) is true.
  static func truth(_ x: Double) -> Bool { x != 0 }

  /// Plain comparison or logic operator, giving 1 or 0 (IEEE: comparisons with NaN are false except `!=`).
  static func compare(_ op: ExpressionBinaryOperator, _ a: Double, _ b: Double) -> Double {
    let result: Bool
    switch op {
    case .less: result = a < b
    case .lessOrEqual: result = a <= b
    case .greater: result = a > b
    case .greaterOrEqual: result = a >= b
    case .equal: result = a == b
    case .notEqual: result = a != b
    case .and: result = truth(a) && truth(b)
    case .or: result = truth(a) || truth(b)
    case .add, .subtract, .multiply, .divide, .power: result = false
    }
    return result ? 1 : 0
  }
}

/// A plain number as an `ExpressionScalar` (a wrapper, so `Double` itself gains no members).
struct ExpressionPlain: ExpressionScalar {
  var value: Double

  init(_ value: Double) { self.value = value }
  init(constant: Double) { value = constant }
  var primal: Double { value }
  static func add(_ a: Self, _ b: Self) -> Self { Self(a.value + b.value) }
  static func subtract(_ a: Self, _ b: Self) -> Self { Self(a.value - b.value) }
  static func multiply(_ a: Self, _ b: Self) -> Self { Self(a.value * b.value) }
  static func divide(_ a: Self, _ b: Self) -> Self { Self(a.value / b.value) }
  static func negate(_ a: Self) -> Self { Self(-a.value) }
  static func power(_ a: Self, _ b: Self) -> Self { Self(ExpressionMath.power(a.value, b.value)) }
  static func elementary(_ function: ExpressionFunction, _ a: Self) -> Self {
    Self(ExpressionMath.value(function, a.value))
  }
}
