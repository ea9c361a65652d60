import Testing

/// One NIST StRD nonlinear regression problem: NIST's model as a lossbook formula, both NIST
/// starts, the certified answers and the data as CSV (columns y, then x or x1, x2).
struct NISTStrdProblem: Sendable, CustomTestStringConvertible {
  let name: String
  let formula: String
  let start1: [Double]
  let start2: [Double]
  let certifiedValues: [Double]
  let certifiedStandardErrors: [Double]
  let certifiedRSS: Double
  let rows: Int
  let csv: String

  var testDescription: String { name }

  /// Nelson's response is log(y) (NIST fits log y); the others fit y.
  var response: String { name == "Nelson" ? "logy" : "y" }
}
