import Foundation

/// Decimals of an interval that keep what a reader compares visible: the two ends apart, and
/// each named reference value (a simulated truth, a tested threshold) on the same side of each
/// end as it really is. "2.19 to 2.20" next to a truth of 2.20 reads as covering it; when the
/// ends are 2.190 and 2.199 it does not, so three decimals are needed.
extension LossbookNumberFormat {
  /// The most decimals an interval is given to separate its ends and references.
  static let maxIntervalDecimals = 10

  /// At least `minimum` decimals, and more until the two ends print differently (when they
  /// differ) and, for every finite reference r and end e with e ≠ r, the printed e lies on
  /// the same side as e both of r and of r printed with as many decimals (an estimate printed
  /// next to its interval); at most ``maxIntervalDecimals``.
  public static func separatingDecimals(
    lower: Double, upper: Double, references: [Double], minimum: Int
  ) -> Int {
    let start = min(max(minimum, 0), maxIntervalDecimals)
    guard lower.isFinite, upper.isFinite else { return start }
    func printed(_ x: Double, _ d: Int) -> Double { Double(fixed(x, decimals: d)) ?? x }
    func separates(_ d: Int) -> Bool {
      if lower != upper && printed(lower, d) == printed(upper, d) { return false }
      for r in references where r.isFinite {
        let shownReference = printed(r, d)
        for end in [lower, upper] where end != r {
          let shown = printed(end, d)
          if (end < r) != (shown < r) || (end > r) != (shown > r) { return false }
          if (end < r) != (shown < shownReference) || (end > r) != (shown > shownReference) { return false }
        }
      }
      return true
    }
    var d = start
    while d < maxIntervalDecimals && !separates(d) { d += 1 }
    return d
  }
}
