import Foundation

/// A validator for the part of JSON Schema (draft 2020-12) that `docs/results.schema.json` uses:
/// `type`, `properties`, `required`, `additionalProperties`, `propertyNames`, `items`,
/// `minItems`, `maxItems`, `enum`, `const`, `minimum`, `maximum`, `pattern`, `$ref` (to
/// `#/$defs/…`), `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`. A keyword it does not know is an
/// error, so a schema can never claim more than is checked.
public struct JSONSchema {
  /// One place where a document breaks the schema.
  public struct Violation: CustomStringConvertible, Sendable {
    /// Where in the document, as a JSON pointer (`/blocks/fit1/result/models`).
    public var path: String
    public var message: String
    public var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
  }

  private let root: [String: Any]
  private static let known: Set<String> = [
    "$schema", "$id", "$defs", "title", "description", "type", "properties", "required",
    "additionalProperties", "propertyNames", "items", "minItems", "maxItems", "enum", "const", "minimum",
    "maximum", "pattern", "$ref", "allOf", "anyOf", "oneOf", "if", "then", "else", "examples",
  ]

  /// Reads a schema; throws when it is not a JSON object.
  public init(data: Data) throws {
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CocoaError(.coderReadCorrupt)
    }
    root = object
  }

  /// Every violation of `document` (parsed with `JSONSerialization`), in document order.
  public func validate(_ document: Any) -> [Violation] {
    var found: [Violation] = []
    check(document, against: root, at: "", into: &found)
    return found
  }

  private func check(_ value: Any, against schema: [String: Any], at path: String, into found: inout [Violation]) {
    func fail(_ message: String) { found.append(Violation(path: path, message: message)) }
    for key in schema.keys where !Self.known.contains(key) { fail("the schema uses '\(key)', which is not checked") }
    if let ref = schema["$ref"] as? String {
      guard ref.hasPrefix("#/$defs/"), let defs = root["$defs"] as? [String: Any],
        let target = defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any]
      else { return fail("unknown reference \(ref)") }
      check(value, against: target, at: path, into: &found)
    }
    if let type = schema["type"] {
      let types = (type as? [String]) ?? [(type as? String) ?? "?"]
      if !types.contains(where: { Self.isOfType(value, $0) }) {
        return fail("expected \(types.joined(separator: " or ")), found \(Self.typeName(value))")
      }
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
      fail("\(Self.show(value)) is not one of \(options.map(Self.show).joined(separator: ", "))")
    }
    if let constant = schema["const"], !Self.equal(constant, value) {
      fail("\(Self.show(value)) is not \(Self.show(constant))")
    }
    if let number = Self.number(value) {
      if let low = schema["minimum"].flatMap(Self.number), number < low { fail("\(number) is below \(low)") }
      if let high = schema["maximum"].flatMap(Self.number), number > high { fail("\(number) is above \(high)") }
    }
    if let text = value as? String, let pattern = schema["pattern"] as? String,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      fail("'\(text)' does not match \(pattern)")
    }
    if let object = value as? [String: Any] { checkObject(object, against: schema, at: path, into: &found) }
    if let array = value as? [Any], !(value is [String: Any]) {
      if let least = schema["minItems"] as? Int, array.count < least {
        fail("\(array.count) items, fewer than \(least)")
      }
      if let most = schema["maxItems"] as? Int, array.count > most { fail("\(array.count) items, more than \(most)") }
      if let items = schema["items"] as? [String: Any] {
        for (i, item) in array.enumerated() { check(item, against: items, at: "\(path)/\(i)", into: &found) }
      }
    }
    checkCombinations(value, against: schema, at: path, into: &found)
  }

  private func checkObject(
    _ object: [String: Any], against schema: [String: Any], at path: String, into found: inout [Violation]
  ) {
    let properties = schema["properties"] as? [String: Any] ?? [:]
    for name in (schema["required"] as? [String] ?? []) where object[name] == nil {
      found.append(Violation(path: path, message: "missing required '\(name)'"))
    }
    for (name, member) in object.sorted(by: { $0.key < $1.key }) {
      if let names = schema["propertyNames"] as? [String: Any] {
        check(name, against: names, at: "\(path)/\(name)", into: &found)
      }
      if let own = properties[name] as? [String: Any] {
        check(member, against: own, at: "\(path)/\(name)", into: &found)
      } else if let extra = schema["additionalProperties"] {
        if let allowed = extra as? Bool, !allowed {
          found.append(Violation(path: path, message: "unexpected property '\(name)'"))
        } else if let extraSchema = extra as? [String: Any] {
          check(member, against: extraSchema, at: "\(path)/\(name)", into: &found)
        }
      }
    }
  }

  private func checkCombinations(
    _ value: Any, against schema: [String: Any], at path: String, into found: inout [Violation]
  ) {
    func passes(_ sub: Any) -> Bool {
      guard let sub = sub as? [String: Any] else { return false }
      var local: [Violation] = []
      check(value, against: sub, at: path, into: &local)
      return local.isEmpty
    }
    for sub in (schema["allOf"] as? [Any] ?? []) {
      if let sub = sub as? [String: Any] { check(value, against: sub, at: path, into: &found) }
    }
    if let any = schema["anyOf"] as? [Any], !any.contains(where: passes) {
      found.append(Violation(path: path, message: "matches none of anyOf's \(any.count) schemas"))
    }
    if let one = schema["oneOf"] as? [Any], one.filter(passes).count != 1 {
      found.append(Violation(path: path, message: "matches \(one.filter(passes).count) of oneOf's schemas, not 1"))
    }
    if let condition = schema["if"] {
      let branch = passes(condition) ? schema["then"] : schema["else"]
      if let branch = branch as? [String: Any] { check(value, against: branch, at: path, into: &found) }
    }
  }

  private static func isOfType(_ value: Any, _ type: String) -> Bool {
    switch type {
    case "object": return value is [String: Any]
    case "array": return value is [Any] && !(value is [String: Any])
    case "string": return value is String
    case "null": return value is NSNull
    case "boolean": return isBoolean(value)
    case "number": return number(value) != nil
    case "integer": return number(value).map { $0.rounded() == $0 } ?? false
    default: return false
    }
  }

  /// A JSON number (never a boolean, which Foundation also bridges as NSNumber).
  private static func number(_ value: Any) -> Double? {
    guard let n = value as? NSNumber, !isBoolean(value) else { return nil }
    return n.doubleValue
  }

  /// JSONSerialization gives `true` and `false` as NSNumbers of C type `char`, numbers as
  /// `int`, `long long` or `double`.
  private static func isBoolean(_ value: Any) -> Bool {
    guard let n = value as? NSNumber else { return false }
    return String(cString: n.objCType) == "c"
  }

  private static func typeName(_ value: Any) -> String {
    ["object", "array", "string", "null", "boolean", "number"].first { isOfType(value, $0) } ?? "?"
  }

  private static func equal(_ a: Any, _ b: Any) -> Bool {
    if let x = a as? String, let y = b as? String { return x == y }
    if isBoolean(a) || isBoolean(b) { return isBoolean(a) && isBoolean(b) && (a as? Bool) == (b as? Bool) }
    if let x = number(a), let y = number(b) { return x == y }
    return a is NSNull && b is NSNull
  }

  private static func show(_ value: Any) -> String {
    if let s = value as? String { return "'\(s)'" }
    return "\(value)"
  }
}
