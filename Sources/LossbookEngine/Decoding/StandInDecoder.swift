import LossbookSyntax

/// A decoder with nothing in it, for the stand-in values of ``DecodingState/standIn(_:)``:
/// numbers are 0 (a number field reads the scalar `0`), text is empty, booleans are false, lists
/// have no items, optional fields are absent and required ones are stand-ins too.
struct StandInDecoder: PositionedDecoder {
  var codingPath: [CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var range: SourceRange { SourceRange(line: 0, column: 0, length: 0) }
  var scalarText: String? { "0" }
  var isQuoted: Bool { false }
  var nodeKind: YAMLNodeKind { .scalar }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(Keyed<Key>())
  }
  func unkeyedContainer() throws -> UnkeyedDecodingContainer { Unkeyed() }
  func singleValueContainer() throws -> SingleValueDecodingContainer { Single() }

  struct Single: SingleValueDecodingContainer {
    var codingPath: [CodingKey] { [] }
    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { false }
    func decode(_ type: String.Type) throws -> String { "" }
    func decode(_ type: Double.Type) throws -> Double { 0 }
    func decode(_ type: Float.Type) throws -> Float { 0 }
    func decode(_ type: Int.Type) throws -> Int { 0 }
    func decode(_ type: Int8.Type) throws -> Int8 { 0 }
    func decode(_ type: Int16.Type) throws -> Int16 { 0 }
    func decode(_ type: Int32.Type) throws -> Int32 { 0 }
    func decode(_ type: Int64.Type) throws -> Int64 { 0 }
    func decode(_ type: UInt.Type) throws -> UInt { 0 }
    func decode(_ type: UInt8.Type) throws -> UInt8 { 0 }
    func decode(_ type: UInt16.Type) throws -> UInt16 { 0 }
    func decode(_ type: UInt32.Type) throws -> UInt32 { 0 }
    func decode(_ type: UInt64.Type) throws -> UInt64 { 0 }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: StandInDecoder()) }
  }

  struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    var codingPath: [CodingKey] { [] }
    var allKeys: [Key] { [] }
    func contains(_ key: Key) -> Bool { false }
    func decodeNil(forKey key: Key) throws -> Bool { true }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: StandInDecoder()) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { nil }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
      -> KeyedDecodingContainer<NestedKey>
    { KeyedDecodingContainer(Keyed<NestedKey>()) }
    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { Unkeyed() }
    func superDecoder() throws -> Decoder { StandInDecoder() }
    func superDecoder(forKey key: Key) throws -> Decoder { StandInDecoder() }
  }

  struct Unkeyed: UnkeyedDecodingContainer {
    var codingPath: [CodingKey] { [] }
    var count: Int? { 0 }
    var isAtEnd: Bool { true }
    var currentIndex: Int { 0 }
    struct Empty: Error {}
    mutating func decodeNil() throws -> Bool { throw Empty() }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { throw Empty() }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
      -> KeyedDecodingContainer<NestedKey>
    { throw Empty() }
    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { throw Empty() }
    mutating func superDecoder() throws -> Decoder { throw Empty() }
  }
}
