import Foundation
import LossbookEngine

/// Field docs whose default is a constant the decoder also applies, so `lossbook kinds` shows
/// the value the code uses.
extension FieldDoc {
  init(_ name: String, _ type: String, default value: Double, _ meaning: String) {
    self.init(name, type, default: Self.show(value), meaning)
  }

  init(_ name: String, _ type: String, default value: Int, _ meaning: String) {
    self.init(name, type, default: String(value), meaning)
  }

  init<Value: RawRepresentable<String>>(_ name: String, _ type: String, default value: Value, _ meaning: String) {
    self.init(name, type, default: value.rawValue, meaning)
  }

  /// A default as `lossbook kinds` writes it: `30`, `0.95`, `1e-10`, `1e-6`.
  static func show(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value).replacingOccurrences(of: "e-0", with: "e-")
  }
}
