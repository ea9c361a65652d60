extension ThresholdEvidence {
  /// Assembles the evidence for (x, y): the hinge's best threshold (``HingeProfile``, with
  /// `minSide` points on each side), the two sides' summaries at it with `level` intervals,
  /// and the numbers computed elsewhere (the sup-F p-value and the three BICs).
  ///
  /// - Throws: ``ThresholdError`` for bad input or data with no allowed threshold
  ///   (fewer than 2·minSide points or too few distinct x). A side that ends up with fewer
  ///   than `minSide` points is not an error: `sides` is nil and the verdict is inconclusive.
  public static func gather(
    x: [Double], y: [Double], chance: Double?, supFP: Double, bicLinear: Double?,
    bicLogistic: Double?, bicHinge: Double?, level: Double = 0.95, minSide: Int = 5
  ) throws(ThresholdError) -> ThresholdEvidence {
    let profile: HingeProfile
    do { profile = try HingeProfile(x: x, y: y, minSide: minSide) } catch { throw .fit(error) }
    let best = profile.minimum()
    // A threshold at a gap's lower end puts that point on the flat side (its z is 0), so a
    // side can hold minSide − 1 points: the verdict then says so instead of this throwing.
    let below = x.reduce(0) { $0 + ($1 < best.eta ? 1 : 0) }
    let counts = (below: below, above: x.count - below)
    let sides =
      counts.below >= minSide && counts.above >= minSide
      ? try ThresholdSides.split(x: x, y: y, at: best.eta, level: level, minSide: minSide) : nil
    return ThresholdEvidence(
      supFP: supFP, sides: sides, sideCounts: counts, thresholdOnBoundary: best.onBoundary, chance: chance,
      bicLinear: bicLinear, bicLogistic: bicLogistic, bicHinge: bicHinge)
  }
}
