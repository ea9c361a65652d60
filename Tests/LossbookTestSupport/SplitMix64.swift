import Foundation

/// The tests' one deterministic random stream (SplitMix64), so generated inputs, schedules and
/// fake data are the same on every run and machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }
  public init(state: UInt64) { self.state = state }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform draw in (0, 1), never 0 or 1.
  public mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }

  /// A standard Normal draw (Box–Muller).
  public mutating func gaussian() -> Double {
    (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
  }

  /// A value in `0..<bound` (bound > 0).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// A double in `[low, high)`.
  public mutating func double(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * Double(next() >> 11) / Double(1 << 53)
  }

  /// One of `items`, uniformly.
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// Uniform in [-1, 1).
  public mutating func symmetric() -> Double { Double(next() >> 11) / Double(1 << 53) * 2 - 1 }
}
