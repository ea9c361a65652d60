import LossbookWords

/// The built-in functions an expression may call.
public enum ExpressionFunction: String, Sendable, Equatable, CaseIterable {
  case log, log10, exp, sqrt, abs, min, max, pow, sin, cos, tan, atan, clamp, hinge, sigmoid

  /// How many arguments a function accepts.
  public enum Arity: Sendable, Equatable {
    /// Exactly this many.
    case exactly(Int)
    /// This many or more.
    case atLeast(Int)

    /// Whether `count` arguments are acceptable.
    public func accepts(_ count: Int) -> Bool {
      switch self {
      case .exactly(let n): return count == n
      case .atLeast(let n): return count >= n
      }
    }
  }

  /// The number of arguments the function takes.
  public var arity: Arity {
    switch self {
    case .min, .max: return .atLeast(2)
    case .pow: return .exactly(2)
    case .clamp: return .exactly(3)
    default: return .exactly(1)
    }
  }

  /// All function names, alphabetically.
  public static let names: [String] = allCases.map(\.rawValue).sorted()

  /// The problem of a call with the wrong number of arguments (`'min' takes at least 2 arguments, got 1`).
  func arityProblem(got count: Int) -> ExpressionProblem {
    switch arity {
    case .exactly(let n): .arity(function: rawValue, exactly: n, got: count)
    case .atLeast(let n): .arityAtLeast(function: rawValue, atLeast: n, got: count)
    }
  }
}
