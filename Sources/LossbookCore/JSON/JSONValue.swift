/// A JSON value with object keys kept in insertion order; the writer sorts them.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.number(let x), .number(let y)): x == y || (x.isNaN && y.isNaN)
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// The member named `key` of an object.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
    return nil
  }

  /// Follows a path of member names (and array indices written as numbers).
  public func value(at path: ArraySlice<String>) -> JSONValue? {
    guard let head = path.first else { return self }
    switch self {
    case .object: return self[head]?.value(at: path.dropFirst())
    case .array(let items):
      guard let i = Int(head), i >= 0, i < items.count else { return nil }
      return items[i].value(at: path.dropFirst())
    default: return nil
    }
  }

  /// The member names of an object, for "did you mean".
  public var keys: [String] {
    if case .object(let m) = self { return m.map(\.0) }
    return []
  }

  public var number: Double? {
    if case .number(let x) = self { return x }
    return nil
  }

  /// A number, or null when it is not finite (JSON has no NaN).
  public static func num(_ x: Double?) -> JSONValue {
    guard let x, x.isFinite else { return .null }
    return .number(x)
  }

  public static func numbers(_ xs: [Double]) -> JSONValue { .array(xs.map { num($0) }) }
}

extension JSONValue {
  /// The JSON text: keys sorted by code point, two-space indentation, numbers in their shortest
  /// exact form, so the same value always gives the same bytes.
  public func serialized() -> String {
    var out = ""
    write(into: &out, indent: 0)
    out += "\n"
    return out
  }

  private func write(into out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let closePad = String(repeating: "  ", count: indent)
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let x): out += LossbookNumberFormat.json(x)
    case .string(let s): out += Self.quote(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
      } else if items.allSatisfy({ $0.isScalar }) {
        out += "["
        for (i, v) in items.enumerated() {
          if i > 0 { out += ", " }
          v.write(into: &out, indent: indent + 1)
        }
        out += "]"
      } else {
        out += "[\n"
        for (i, v) in items.enumerated() {
          out += pad
          v.write(into: &out, indent: indent + 1)
          out += i == items.count - 1 ? "\n" : ",\n"
        }
        out += closePad + "]"
      }
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      let sorted = members.sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
      out += "{\n"
      for (i, (k, v)) in sorted.enumerated() {
        out += pad + Self.quote(k) + ": "
        v.write(into: &out, indent: indent + 1)
        out += i == sorted.count - 1 ? "\n" : ",\n"
      }
      out += closePad + "}"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  /// A JSON string literal; `<` is written `\u003c` so the text is safe inside HTML too.
  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"
      case _ where u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029:
        let hex = String(u.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }
}
