/// "Did you mean …?" suggestions based on edit distance.
public enum Suggestion {
  /// The candidate closest to `name`, or `nil` if none is close enough.
  ///
  /// Distance is the optimal-string-alignment (Damerau–Levenshtein with adjacent
  /// transpositions) distance between the lower-cased strings; a difference in
  /// case only counts as 1. A candidate qualifies when its distance is at most
  /// `min(maxDistance, max(1, name.count / 3))`, so short names only match close
  /// typos (`lgo` → `log`, but `foo` suggests nothing). An exact match returns
  /// itself. Ties go to the candidate with the smaller case-sensitive distance,
  /// then to the alphabetically first.
  public static func closest(to name: String, among candidates: [String], maxDistance: Int = 2) -> String? {
    let target = Array(name.lowercased())
    let exactTarget = Array(name)
    let limit = Swift.min(maxDistance, Swift.max(1, target.count / 3))
    var best: (distance: Int, exact: Int, candidate: String)?
    for candidate in candidates {
      var distance = editDistance(target, Array(candidate.lowercased()))
      if distance == 0, candidate != name { distance = 1 }
      guard distance <= limit else { continue }
      let exact = editDistance(exactTarget, Array(candidate))
      if let current = best {
        if (distance, exact) > (current.distance, current.exact) { continue }
        if (distance, exact) == (current.distance, current.exact), candidate >= current.candidate { continue }
      }
      best = (distance, exact, candidate)
    }
    return best?.candidate
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions cost 1.
  public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    var previous2 = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      swap(&previous2, &previous)
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
