import Foundation
import LossbookEngine
import LossbookSimulation

extension FamilySpec {
  /// The defaults of a `family` block's fields: applied by `FamilyBlock` and shown by
  /// `lossbook kinds family` from the same constants (the limits' from `FamilyLimits`).
  enum Defaults {
    static let lossNoise = 0.0
    static let scoreNoise = 0.0
    static let scoreFrom = ScalingFamily.ScoreLoss.true
    /// A task's chance level (the items shape's is 1/options).
    static let random = 0.0
    static let ceiling = 1.0
    /// The items shape's spread of item thresholds.
    static let spread = 0.0
  }

  /// A limit's default as the docs write it: `1e8`, `2e9`.
  static func powerOfTen(_ x: Double) -> String {
    let exponent = Int(log10(x).rounded(.down))
    let mantissa = x / pow(10, Double(exponent))
    return mantissa == mantissa.rounded() ? "\(Int(mantissa))e\(exponent)" : FieldDoc.show(x)
  }
}
