@testable import LossbookStats

/// A `collapse` reference case from R (Scripts/reference/make_collapse_fixtures.R): the data,
/// the H0 and H1 fits, F with its F-distribution p-value, and the shifts of groups 1, 2, 3
/// against group 0 with their standard errors and 95% and 90% t intervals (lower, upper pairs).
struct CollapseFixture: Sendable {
  var curve: CollapseCurve
  var x: [Double]
  var y: [Double]
  var group: [Int]
  var h0: [Double]
  var rss0: Double
  var h1: [Double]
  var rss1: Double
  var f: Double
  var d1: Int
  var d2: Int
  var pF: Double
  var shifts: [Double]
  var se: [Double]
  var ci95: [Double]
  var ci90: [Double]
}
