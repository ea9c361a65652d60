import Foundation
import LossbookSyntax
import LossbookWords
import Yams

/// What a spec type's own `init(from:)` can learn about the YAML node it decodes.
public protocol PositionedDecoder: Decoder {
  /// The notebook range of the node's text.
  var range: SourceRange { get }
  /// The scalar text, or nil for a mapping or list.
  var scalarText: String? { get }
  /// Whether the scalar was written in quotes.
  var isQuoted: Bool { get }
  /// Whether the node is a scalar, a mapping or a list.
  var nodeKind: YAMLNodeKind { get }
}

/// The three shapes a YAML node can have.
public enum YAMLNodeKind: Sendable {
  case scalar, mapping, sequence
}

/// A `Decoder` over one YAML node; see `SpecDecoder`.
struct NodeDecoder: PositionedDecoder {
  let node: Node
  let codingPath: [CodingKey]
  let state: DecodingState
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(node: Node, path: [CodingKey], state: DecodingState) {
    self.node = node
    self.codingPath = path
    self.state = state
  }

  /// The notebook range of this node, for types that check their own values.
  var range: SourceRange { state.position.range(of: node) }

  var scalarText: String? {
    if case .scalar(let s) = node { return s.string }
    return nil
  }

  var isQuoted: Bool {
    if case .scalar(let s) = node { return ScalarReading.isQuoted(s) }
    return false
  }

  var nodeKind: YAMLNodeKind {
    switch node {
    case .mapping: .mapping
    case .sequence: .sequence
    default: .scalar
    }
  }

  func mismatch(_ expected: ExpectedValue) -> SpecDecodingError {
    SpecDecodingError(
      DecodeDiagnostics.typeMismatch,
      .spec(.shouldBe(field: pathText(codingPath), expected: expected, found: describe(node))), at: range)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .mapping(let m) = node else { throw mismatch(.fields) }
    let id = state.register(m, path: codingPath)
    return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: m, node: node, id: id, decoder: self))
  }

  func unkeyedContainer() throws -> UnkeyedDecodingContainer {
    guard case .sequence(let s) = node else { throw mismatch(.list) }
    return NodeUnkeyedContainer(items: Array(s), decoder: self)
  }

  func singleValueContainer() throws -> SingleValueDecodingContainer { NodeSingleValue(decoder: self) }

  /// Decodes a child value, attaching this node's position to errors from the child's own checks.
  func decodeChild<T: Decodable>(_ type: T.Type, node: Node, key: CodingKey) throws -> T {
    let child = NodeDecoder(node: node, path: codingPath + [key], state: state)
    let reported = state.fieldErrors.count
    do {
      return try T(from: child)
    } catch is ReportedBelow {
      throw ReportedBelow()
    } catch  where state.fieldErrors.count > reported {
      // The value's own check, after a field inside it was found bad and kept: it may be about
      // the stand-in, not the notebook ("needs 'eta'" for a bad eta), so it is left out.
      throw ReportedBelow()
    } catch let e as SpecValueError {
      let r = child.range
      let start = SourceLocation(line: r.start.line, column: r.start.column + e.offset)
      let length = e.length ?? max(1, r.end.column - r.start.column - e.offset)
      throw SpecDecodingError(
        e.id, e.message,
        at: SourceRange(start: start, end: SourceLocation(line: start.line, column: start.column + length)),
        help: e.help)
    }
  }
}

/// The value of a scalar node converted the way lossbook reads YAML: numbers as YAML 1.2
/// writes them (plus `.inf` and `.nan`), booleans as `true` or `false`, quoted text always text.
enum ScalarReading {
  static func isQuoted(_ s: Node.Scalar) -> Bool { s.style == .singleQuoted || s.style == .doubleQuoted }

  static func double(_ s: Node.Scalar) -> Double? {
    guard !isQuoted(s) else { return nil }
    let t = s.string.trimmingCharacters(in: .whitespaces)
    switch t.lowercased() {
    case ".inf", "+.inf": return .infinity
    case "-.inf": return -.infinity
    case ".nan": return .nan
    default: break
    }
    guard let first = t.unicodeScalars.first, "0123456789+-.".unicodeScalars.contains(first) else { return nil }
    return Double(t.replacingOccurrences(of: "_", with: ""))
  }

  static func bool(_ s: Node.Scalar) -> Bool? {
    guard !isQuoted(s) else { return nil }
    switch s.string {
    case "true", "True", "TRUE": return true
    case "false", "False", "FALSE": return false
    default: return nil
    }
  }

  static func isNull(_ s: Node.Scalar) -> Bool {
    !isQuoted(s) && ["", "~", "null", "Null", "NULL"].contains(s.string)
  }
}

struct NodeSingleValue: SingleValueDecodingContainer {
  let decoder: NodeDecoder
  var codingPath: [CodingKey] { decoder.codingPath }

  private var scalar: Node.Scalar? {
    if case .scalar(let s) = decoder.node { return s }
    return nil
  }

  func decodeNil() -> Bool { scalar.map(ScalarReading.isNull) ?? false }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard let s = scalar, let b = ScalarReading.bool(s) else { throw decoder.mismatch(.trueOrFalse) }
    return b
  }

  func decode(_ type: String.Type) throws -> String {
    guard let s = scalar else { throw decoder.mismatch(.text) }
    return s.string
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard let s = scalar, let d = ScalarReading.double(s) else { throw decoder.mismatch(.number) }
    return d
  }

  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

  func decode(_ type: Int.Type) throws -> Int {
    guard let s = scalar, let d = ScalarReading.double(s), d.rounded() == d else {
      throw decoder.mismatch(.wholeNumber)
    }
    // Beyond 9e15 a Double no longer holds every whole number: said, not hidden.
    guard abs(d) < 9e15, let n = Int(exactly: d) else {
      throw decoder.mismatch(.wholeNumberBetween("-9e15", "9e15"))
    }
    return n
  }

  func decode(_ type: Int8.Type) throws -> Int8 { try decodeInteger(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decodeInteger(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decodeInteger(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decodeInteger(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try decodeInteger(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeInteger(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeInteger(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeInteger(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeInteger(type) }

  private func decodeInteger<T: FixedWidthInteger>(_ t: T.Type) throws -> T {
    let i = try decode(Int.self)
    guard let v = T(exactly: i) else { throw decoder.mismatch(.wholeNumberBetween("\(T.min)", "\(T.max)")) }
    return v
  }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let mapping: Node.Mapping
  let node: Node
  let id: Int
  let decoder: NodeDecoder
  var codingPath: [CodingKey] { decoder.codingPath }

  var allKeys: [Key] { mapping.keys.compactMap { $0.string.flatMap(Key.init(stringValue:)) } }

  func contains(_ key: Key) -> Bool {
    decoder.state.request(key.stringValue, in: id)
    return mapping[key.stringValue] != nil
  }

  private func child(_ key: Key) throws -> Node {
    decoder.state.request(key.stringValue, in: id)
    guard let n = mapping[key.stringValue] else {
      let field = pathText(codingPath + [key])
      throw SpecDecodingError(
        DecodeDiagnostics.missingField, .spec(.missingField(field)), at: decoder.range,
        help: .spec(.addFieldHelp(key.stringValue)))
    }
    return n
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    guard case .scalar(let s) = try child(key) else { return false }
    return ScalarReading.isNull(s)
  }

  /// Decodes a field; when it is bad (or missing), keeps its problem and goes on with a stand-in
  /// value (``DecodingState/standIn(_:)``), so that one run reports every bad field of a block.
  /// Without a stand-in for `T`, the problem is thrown as before.
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    do {
      return try decoder.decodeChild(type, node: try child(key), key: key)
    } catch let error as SpecDecodingError {
      decoder.state.recordField(error)
      guard let standIn = decoder.state.standIn(type) else { throw ReportedBelow() }
      return standIn
    } catch is ReportedBelow {
      guard let standIn = decoder.state.standIn(type) else { throw ReportedBelow() }
      return standIn
    }
  }

  /// Decodes an optional field; when it is bad, keeps its problem and goes on as if it were absent.
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    decoder.state.request(key.stringValue, in: id)
    guard let n = mapping[key.stringValue] else { return nil }
    if case .scalar(let s) = n, ScalarReading.isNull(s), !(T.self == String.self) { return nil }
    do {
      return try decoder.decodeChild(type, node: n, key: key)
    } catch let error as SpecDecodingError {
      decoder.state.recordField(error)
      decoder.state.usedStandIn = true
      return nil
    } catch is ReportedBelow {
      decoder.state.usedStandIn = true
      return nil
    }
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try NodeDecoder(node: try child(key), path: codingPath + [key], state: decoder.state).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
    try NodeDecoder(node: try child(key), path: codingPath + [key], state: decoder.state).unkeyedContainer()
  }

  func superDecoder() throws -> Decoder { decoder }
  func superDecoder(forKey key: Key) throws -> Decoder {
    NodeDecoder(node: try child(key), path: codingPath + [key], state: decoder.state)
  }
}

/// An integer coding key for list elements.
struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { "\(intValue ?? 0)" }
  init(_ i: Int) { intValue = i }
  init?(intValue: Int) { self.intValue = intValue }
  init?(stringValue: String) { nil }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
  let items: [Node]
  let decoder: NodeDecoder
  var currentIndex = 0
  var codingPath: [CodingKey] { decoder.codingPath }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  init(items: [Node], decoder: NodeDecoder) {
    self.items = items
    self.decoder = decoder
  }

  private mutating func next() throws -> (Node, IndexKey) {
    guard currentIndex < items.count else {
      throw SpecDecodingError(
        DecodeDiagnostics.typeMismatch, .spec(.tooFewItems(pathText(codingPath))), at: decoder.range)
    }
    defer { currentIndex += 1 }
    return (items[currentIndex], IndexKey(currentIndex))
  }

  mutating func decodeNil() throws -> Bool {
    guard currentIndex < items.count, case .scalar(let s) = items[currentIndex], ScalarReading.isNull(s) else {
      return false
    }
    currentIndex += 1
    return true
  }

  /// Decodes the next item; when it is bad, decodes the items after it too (keeping their
  /// problems), so one run reports every bad item of a list, then throws the first problem.
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let (n, k) = try next()
    do {
      return try decoder.decodeChild(type, node: n, key: k)
    } catch {
      if !(error is ReportedBelow) { decoder.state.recordField(decoder.state.convert(error)) }
      for j in currentIndex..<items.count {
        do {
          _ = try decoder.decodeChild(type, node: items[j], key: IndexKey(j))
        } catch is ReportedBelow {
          continue
        } catch let later {
          decoder.state.recordLaterItem(later)
        }
      }
      currentIndex = items.count
      throw ReportedBelow()
    }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
    NestedKey
  > {
    let (n, k) = try next()
    return try NodeDecoder(node: n, path: codingPath + [k], state: decoder.state).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
    let (n, k) = try next()
    return try NodeDecoder(node: n, path: codingPath + [k], state: decoder.state).unkeyedContainer()
  }

  mutating func superDecoder() throws -> Decoder {
    let (n, k) = try next()
    return NodeDecoder(node: n, path: codingPath + [k], state: decoder.state)
  }
}
