/// Makes heading ids: lower case, letters and digits kept (Japanese too), spaces to `-`,
/// unique within a page by a `-2`, `-3` suffix, never empty.
public struct SlugSet: Sendable {
  private var used: Set<String> = []

  public init() {}

  public mutating func make(_ text: String) -> String {
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
    if slug.isEmpty { slug = "section" }
    var candidate = slug
    var n = 2
    while used.contains(candidate) {
      candidate = "\(slug)-\(n)"
      n += 1
    }
    used.insert(candidate)
    return candidate
  }
}
