import Foundation

/// The number of significant digits in which `actual` agrees with `expected`: the log relative
/// error, as NIST StRD counts it (-log10 |a - e| / |e|, or -log10 |a| when e is 0).
public func logRelativeError(_ actual: Double, _ expected: Double) -> Double {
  if actual == expected { return 16 }
  if expected == 0 { return -log10(abs(actual)) }
  return -log10(abs(actual - expected) / abs(expected))
}

/// Whether two numbers agree to a relative tolerance (absolute near zero).
public func isClose(_ a: Double, _ b: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
  abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
}
