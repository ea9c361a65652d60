/// The linear-interpolation quantile (R `quantile(type = 7)`, NumPy's default).
enum SampleQuantile {
  /// The `q`-quantile of ascending, non-empty `sorted`: with h = (n − 1) q,
  /// `sorted[⌊h⌋] + (h − ⌊h⌋) (sorted[⌊h⌋ + 1] − sorted[⌊h⌋])`.
  static func typeSeven(sorted: [Double], _ q: Double) -> Double {
    let h = Double(sorted.count - 1) * q
    let below = Swift.min(Swift.max(Int(h.rounded(.down)), 0), sorted.count - 1)
    let above = Swift.min(below + 1, sorted.count - 1)
    return sorted[below] + (h - Double(below)) * (sorted[above] - sorted[below])
  }

  /// The median of any non-empty values (type 7 at 1/2).
  static func median(_ values: [Double]) -> Double {
    typeSeven(sorted: values.sorted(), 0.5)
  }
}
