/// Which groups share enough of the x range with another group to be compared at equal x
/// (`collapse`'s `min_overlap`, STATS.md section 6).
public enum GroupOverlap {
  /// For each group, whether it counts: it has at least `minOverlap` points inside the x range
  /// it shares with some other counting group, and so does that group. Groups are dropped until
  /// none changes (a group whose only partner was dropped is dropped too).
  public static func counting(x: [Double], group: [Int], groupCount: Int, minOverlap: Int) -> [Bool] {
    var low = [Double](repeating: .infinity, count: groupCount)
    var high = [Double](repeating: -.infinity, count: groupCount)
    var members = [[Double]](repeating: [], count: groupCount)
    for i in x.indices where x[i].isFinite {
      let g = group[i]
      low[g] = Swift.min(low[g], x[i])
      high[g] = Swift.max(high[g], x[i])
      members[g].append(x[i])
    }
    func inside(_ g: Int, _ lo: Double, _ hi: Double) -> Int {
      var c = 0
      for v in members[g] where v >= lo && v <= hi { c += 1 }
      return c
    }
    var counts = (0..<groupCount).map { !members[$0].isEmpty }
    var changed = true
    while changed {
      changed = false
      for g in 0..<groupCount where counts[g] {
        var partner = false
        for h in 0..<groupCount where h != g && counts[h] {
          let lo = Swift.max(low[g], low[h])
          let hi = Swift.min(high[g], high[h])
          if lo <= hi && inside(g, lo, hi) >= minOverlap && inside(h, lo, hi) >= minOverlap {
            partner = true
            break
          }
        }
        if !partner {
          counts[g] = false
          changed = true
        }
      }
    }
    return counts
  }
}
