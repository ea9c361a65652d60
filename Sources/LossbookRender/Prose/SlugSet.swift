/// Makes heading ids: lower case, letters and digits kept (Japanese too), spaces to `-`,
/// unique within a page by a `-2`, `-3` suffix, never empty, and never one of the `reserved`
/// ids (the engine's own elements: a heading "Figure ex" must not take the explorer's
/// `figure-ex`, which its script looks up).
///
/// Linear in the number of headings: each base slug remembers the next suffix to try, so
/// 50,000 identical headings do not each probe `-2`, `-3`, … from the start.
public struct SlugSet: Sendable {
  private var used: Set<String>
  /// For each base slug, the suffix from which the next free one is searched; every suffix
  /// below it is taken (ids are only ever added).
  private var nextSuffix: [String: Int] = [:]

  /// - Parameter reserved: ids already on the page, which no heading may take.
  public init(reserved: Set<String> = []) {
    used = reserved
  }

  /// The id for a heading with this text.
  public mutating func make(_ text: String) -> String {
    let slug = Self.base(text)
    var n = nextSuffix[slug] ?? 1
    var candidate = n == 1 ? slug : "\(slug)-\(n)"
    while used.contains(candidate) {
      n += 1
      candidate = "\(slug)-\(n)"
    }
    nextSuffix[slug] = n + 1
    used.insert(candidate)
    return candidate
  }

  /// The slug before any suffix: letters and digits, runs of other characters as one `-`
  /// (only between letters and digits), `section` when nothing is left.
  static func base(_ text: String) -> String {
    var slug = ""
    var dash = false
    for c in text.lowercased() {
      if c.isLetter || c.isNumber {
        if dash && !slug.isEmpty { slug.append("-") }
        slug.append(c)
        dash = false
      } else if c == " " || c == "-" || c == "_" || c == "\t" {
        dash = true
      }
    }
    return slug.isEmpty ? "section" : slug
  }
}
