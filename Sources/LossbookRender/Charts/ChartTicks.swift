import Foundation

/// Tick values and, for linear steps, the decimals their labels need.
struct ChartTickSet: Equatable {
  var values: [Double]
  /// Decimals of the step (linear ticks); nil for log ticks, which are labelled one by one.
  var decimals: Int?
}

/// "Nice" tick positions.
///
/// - Linear: steps 1, 2, 2.5 or 5 × 10^k; among the steps that give `minCount...maxCount`
///   ticks inside the domain, the one closest to 6 ticks (2.5 counts half a tick worse; on a
///   tie the larger step). Values are exact decimals (`0.3`, never `0.30000000000000004`).
/// - Log10: the decades 10^k inside the domain if there are at least `minCount` (every
///   second, third, … decade when there would be more than `maxCount`); otherwise 1, 2, 5
///   × 10^k; if those are too many, 1 and 3 × 10^k; if too few (under about half a decade),
///   linear ticks.
/// - Whole numbers (a count axis): linear, with integer steps only (1, 2, 5, 10, 20, 25, …).
public enum ChartTicks {
  /// Linear ticks inside `domain` (defaults: 4 to 8 ticks).
  public static func linear(_ domain: ClosedRange<Double>, minCount: Int = 4, maxCount: Int = 8)
    -> [Double]
  {
    linearSet(domain, minCount: minCount, maxCount: maxCount).values
  }

  /// Log10 ticks inside `domain`, whose lower bound must be > 0 (defaults: 4 to 8 ticks).
  public static func log10(_ domain: ClosedRange<Double>, minCount: Int = 4, maxCount: Int = 8)
    -> [Double]
  {
    logSet(domain, minCount: minCount, maxCount: maxCount).values
  }

  /// Ticks for either scale; `wholeNumbers` keeps linear ticks on integers (counts).
  static func tickSet(
    _ domain: ClosedRange<Double>, scale: ChartScale, minCount: Int = 4, maxCount: Int = 8, wholeNumbers: Bool = false
  ) -> ChartTickSet {
    switch scale {
    case .linear: linearSet(domain, minCount: minCount, maxCount: maxCount, wholeNumbers: wholeNumbers)
    case .log10: logSet(domain, minCount: minCount, maxCount: maxCount)
    }
  }

  /// The exact decimal `m × 10^p`, correctly rounded to a Double.
  static func decimal(_ m: Int, _ p: Int) -> Double {
    Double("\(m)e\(p)") ?? Double(m) * pow(10, Double(p))
  }

  /// The largest tick index |value / step| ticked: beyond it, index × mantissa would not be
  /// an exact whole number.
  static let maxTickIndex = 1e15

  private static func counts(_ minCount: Int, _ maxCount: Int) -> (Int, Int) {
    let high = max(maxCount, 2)
    return (min(max(minCount, 2), high), high)
  }

  static func linearSet(
    _ domain: ClosedRange<Double>, minCount: Int, maxCount: Int, wholeNumbers: Bool = false
  ) -> ChartTickSet {
    let lo = domain.lowerBound
    let hi = domain.upperBound
    guard lo.isFinite, hi.isFinite, hi > lo else { return ChartTickSet(values: [lo], decimals: nil) }
    let (minC, maxC) = counts(minCount, maxCount)
    let target = Double(min(max(6, minC), maxC))
    // A span wider than the largest Double, or too narrow for a step (two values one step
    // apart near 1e300, denormals): no nice step exists, so the ends alone are ticked.
    guard let e0 = Int(exactly: floor(Foundation.log10(hi - lo))) else {
      return ChartTickSet(values: [lo, hi], decimals: nil)
    }
    // Step = m × 10^p: 1, 2, 2.5 and 5 × 10^k.
    typealias Candidate = (m: Int, p: Int, first: Int, last: Int, score: Double)
    var best: Candidate?
    var fallback: Candidate?
    for k in (e0 - 3)...(e0 + 1) {
      for (m, p) in [(1, k), (2, k), (25, k - 1), (5, k)] where !wholeNumbers || p >= 0 {
        let step = decimal(m, p)
        // Tick indices must be exact whole numbers (|i| < 1e15); a step that is 0 or too
        // small for the values cannot tick them.
        guard step > 0, abs(lo / step) < maxTickIndex, abs(hi / step) < maxTickIndex,
          let first = Int(exactly: ceil(lo / step - 1e-9)), let last = Int(exactly: floor(hi / step + 1e-9))
        else { continue }
        let count = last - first + 1
        let score = abs(Double(count) - target) + (m == 25 ? 0.5 : 0)
        let candidate = (m, p, first, last, score)
        if (minC...maxC).contains(count) {
          if best == nil || score <= best!.score { best = candidate }
        } else if count >= 2 && (fallback == nil || score < fallback!.score) {
          fallback = candidate
        }
      }
    }
    guard let chosen = best ?? fallback else { return ChartTickSet(values: [lo, hi], decimals: nil) }
    let values = (chosen.first...chosen.last).map { decimal($0 * chosen.m, chosen.p) }
    return ChartTickSet(values: values, decimals: max(0, -chosen.p))
  }

  static func logSet(_ domain: ClosedRange<Double>, minCount: Int, maxCount: Int) -> ChartTickSet {
    let lo = domain.lowerBound
    let hi = domain.upperBound
    guard lo > 0, hi.isFinite, hi > lo else { return ChartTickSet(values: [lo], decimals: nil) }
    let (minC, maxC) = counts(minCount, maxCount)
    let l = Foundation.log10(lo)
    let h = Foundation.log10(hi)
    let inside: (Double) -> Bool = { $0 >= lo * (1 - 1e-9) && $0 <= hi * (1 + 1e-9) }
    let exponents = Int(floor(l)) - 1...Int(ceil(h)) + 1

    let decades = exponents.filter { inside(decimal(1, $0)) }
    if decades.count >= minC {
      var every = 1
      while decades.filter({ $0 % every == 0 }).count > maxC { every += 1 }
      let kept = decades.filter { $0 % every == 0 }
      return ChartTickSet(values: kept.map { decimal(1, $0) }, decimals: nil)
    }
    func candidates(_ mantissas: [Int]) -> [Double] {
      exponents.flatMap { p in mantissas.map { decimal($0, p) } }.filter(inside)
    }
    let oneTwoFive = candidates([1, 2, 5])
    if (minC...maxC).contains(oneTwoFive.count) {
      return ChartTickSet(values: oneTwoFive, decimals: nil)
    }
    if oneTwoFive.count > maxC {
      return ChartTickSet(values: candidates([1, 3]), decimals: nil)
    }
    return linearSet(domain, minCount: minCount, maxCount: maxCount)
  }
}
