import CBLASNorm
import Foundation
import Testing

@testable import LossbookStats

/// The CBLAS norm GSL's solvers call (Sources/CBLASNorm/dnrm2.c): the plain sum of squares
/// where it is safe, the scaled recurrence where squares would overflow or underflow.
@Suite struct EuclideanNormTests {
  /// The norm in extended precision, scaled by the largest magnitude first.
  static func reference(_ x: [Double]) -> Double {
    let largest = x.map(abs).max() ?? 0
    guard largest > 0 else { return 0 }
    let sum = x.reduce(Float80(0)) { $0 + Float80($1 / largest) * Float80($1 / largest) }
    return Double(sum.squareRoot()) * largest
  }

  static func norm(_ x: [Double], stride: Int = 1) -> Double {
    x.withUnsafeBufferPointer { cblas_dnrm2(Int32(x.count / stride), $0.baseAddress, Int32(stride)) }
  }

  /// The reference CBLAS's algorithm (libgslcblas, LAPACK's dlassq): a running scale, one
  /// division per element.
  static func scaledRecurrence(_ x: [Double]) -> Double {
    var scale = 0.0
    var ssq = 1.0
    for v in x where v != 0 {
      let a = abs(v)
      if scale < a {
        ssq = 1 + ssq * (scale / a) * (scale / a)
        scale = a
      } else {
        ssq += (a / scale) * (a / scale)
      }
    }
    return scale * ssq.squareRoot()
  }

  /// About as accurate as the algorithm it replaces: on average over many vectors within half a
  /// unit in the last place of it (at magnitude 1, 0.81 against 0.65 ulp; on any single vector
  /// either may be the closer by a rounding or two), at every magnitude, including
  /// where squares would overflow or underflow; and never off by more than the bound of a
  /// sum of n squares, (n/2 + 2) units in the last place.
  @Test(arguments: [1.0, 1e-100, 1e100, 1e-200, 1e200, 1e-300, 1e300])
  func asAccurateAsTheReferenceCBLAS(_ magnitude: Double) {
    let stream = RandomStream(seed: 11, key: RandomStreamKey(block: "norm", stream: "\(magnitude)"))
    var mine = 0.0
    var theirs = 0.0
    for n in [2, 3, 17, 100, 240, 1000] {
      for _ in 0..<50 {
        let x = (0..<n).map { _ in (2 * stream.uniform() - 1) * magnitude }
        let truth = Self.reference(x)
        let error = abs(Self.norm(x) - truth) / truth.ulp
        mine += error
        theirs += abs(Self.scaledRecurrence(x) - truth) / truth.ulp
        #expect(error <= Double(n) / 2 + 2, "n \(n), magnitude \(magnitude): error \(error) ulp")
      }
    }
    #expect(
      mine / 300 <= theirs / 300 + 0.5,
      "magnitude \(magnitude): mean error \(mine / 300) ulp, reference \(theirs / 300) ulp")
  }

  @Test func edgeCases() {
    #expect(Self.norm([]) == 0)
    #expect(Self.norm([0, 0, 0]) == 0)
    #expect(Self.norm([-3]) == 3)
    #expect(Self.norm([3, 4]) == 5)
    #expect(Self.norm([3, 99, 4, 99], stride: 2) == 5, "every second element")
    #expect(Self.norm([1e308, 1e308]) == 1e308 * 2.0.squareRoot(), "no overflow")
    #expect(Self.norm([1e-320, 1e-320]).isNormal == false && Self.norm([1e-320, 1e-320]) > 0, "no underflow to 0")
    #expect(Self.norm([1, .nan]).isNaN)
    #expect(Self.norm([1, .infinity]) == .infinity)
  }
}
