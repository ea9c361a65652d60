import Foundation
import LossbookEngine

/// Listed fields whose default is a constant the decoder also applies, so `lossbook kinds`
/// shows the value the code uses.
extension SpecField {
  init(_ name: String, default value: Double, values: [String: String] = [:]) {
    self.init(name, default: FieldDoc.show(value), values: values)
  }

  init(_ name: String, default value: Int, values: [String: String] = [:]) {
    self.init(name, default: String(value), values: values)
  }

  init<Value: RawRepresentable<String>>(_ name: String, default value: Value, values: [String: String] = [:]) {
    self.init(name, default: value.rawValue, values: values)
  }
}

extension FieldDoc {
  /// A default as `lossbook kinds` writes it: `30`, `0.95`, `1e-10`, `1e-6`.
  static func show(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value).replacingOccurrences(of: "e-0", with: "e-")
  }
}
