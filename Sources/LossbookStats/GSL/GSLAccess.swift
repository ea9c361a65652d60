internal import CGSL

/// Copies between GSL vectors and matrices and Swift arrays, honouring stride and `tda`.
enum GSLAccess {
  /// The elements of a GSL vector as a Swift array.
  static func array(_ vector: UnsafeMutablePointer<gsl_vector>) -> [Double] {
    let size = vector.pointee.size
    guard let data = vector.pointee.data, size > 0 else { return [] }
    let stride = vector.pointee.stride
    return (0..<size).map { data[$0 * stride] }
  }

  /// The sum of squares of a GSL vector's elements.
  static func sumOfSquares(_ vector: UnsafeMutablePointer<gsl_vector>) -> Double {
    let size = vector.pointee.size
    guard let data = vector.pointee.data else { return 0 }
    let stride = vector.pointee.stride
    var sum = 0.0
    for i in 0..<size { sum += data[i * stride] * data[i * stride] }
    return sum
  }

  /// The rows of a GSL matrix as Swift arrays.
  static func rows(_ matrix: UnsafeMutablePointer<gsl_matrix>) -> [[Double]] {
    let rows = matrix.pointee.size1
    let columns = matrix.pointee.size2
    guard let data = matrix.pointee.data else { return [] }
    let tda = matrix.pointee.tda
    return (0..<rows).map { i in (0..<columns).map { j in data[i * tda + j] } }
  }

  /// The Euclidean norm of each column of a GSL matrix.
  static func columnNorms(_ matrix: UnsafeMutablePointer<gsl_matrix>) -> [Double] {
    let rows = matrix.pointee.size1
    let columns = matrix.pointee.size2
    guard let data = matrix.pointee.data else { return [] }
    let tda = matrix.pointee.tda
    var sums = [Double](repeating: 0, count: columns)
    for i in 0..<rows {
      for j in 0..<columns { sums[j] += data[i * tda + j] * data[i * tda + j] }
    }
    return sums.map { $0.squareRoot() }
  }
}
