/// How the p-values of a notebook's family of tests are adjusted for multiplicity (the
/// front matter's `adjust:`, STATS.md section 4 "Multiple testing").
public enum PValueAdjustment: String, CaseIterable, Sendable {
  /// Holm's step-down method (1979): controls the family-wise error rate; the default.
  case holm
  /// Benjamini and Hochberg's step-up method (1995): controls the false discovery rate.
  case bh
  /// No adjustment: `p_adjusted` equals `p`.
  case none

  /// The adjusted p-values, in the order of `p`, as R's `p.adjust(p, method)` computes them
  /// (`"holm"`, `"BH"`, `"none"`). Only finite p-values take part, so a NaN stays NaN and does
  /// not count in the family's size; ties get equal adjusted values, so the result does not
  /// depend on the order of the input.
  public func adjust(_ p: [Double]) -> [Double] {
    let members = p.indices.filter { p[$0].isFinite }
    let m = Double(members.count)
    var out = p
    guard !members.isEmpty, self != .none else { return out }
    // Ascending p, ties in input order (a stable sort), as R's order().
    let ascending = members.sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
    switch self {
    case .holm:
      // p_(i) · (m − i + 1), made non-decreasing from the smallest up, capped at 1.
      var running = 0.0
      for (rank, i) in ascending.enumerated() {
        running = Swift.max(running, (m - Double(rank)) * p[i])
        out[i] = Swift.min(1, running)
      }
    case .bh:
      // p_(i) · m / i, made non-increasing from the largest down, capped at 1.
      var running = Double.infinity
      for (rank, i) in ascending.enumerated().reversed() {
        running = Swift.min(running, m / Double(rank + 1) * p[i])
        out[i] = Swift.min(1, running)
      }
    case .none:
      break
    }
    return out
  }

  /// The method's name in a report: "Holm", "Benjamini-Hochberg" or "no adjustment".
  public var displayName: String {
    switch self {
    case .holm: "Holm"
    case .bh: "Benjamini-Hochberg"
    case .none: "none"
    }
  }
}
