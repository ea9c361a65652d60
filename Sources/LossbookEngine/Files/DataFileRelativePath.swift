/// A data-file path that passed the lexical pre-check, kept as the exact bytes the user wrote.
///
/// The check refuses an empty path, a NUL byte, a leading `/` and any `..` component. It never
/// Unicode-normalises, percent-decodes or otherwise rewrites the path: `%2e%2e` stays a literal
/// file name, and NFC and NFD spellings stay different names, as they are on ext4.
struct DataFileRelativePath: Sendable, Equatable {
  /// The path as the notebook wrote it.
  let original: String
  /// The original bytes, handed to the kernel unchanged.
  let bytes: [UInt8]
  /// The components, without empty and `.` parts.
  let components: [[UInt8]]
  /// True when the path ends in `/`, so the kernel requires a folder there.
  let trailingSlash: Bool

  private static let slash = UInt8(ascii: "/")
  private static let dot = UInt8(ascii: ".")

  /// Checks `path` lexically and splits it into components.
  init(_ path: String) throws(DataFileError) {
    let bytes = Array(path.utf8)
    if bytes.contains(0) { throw .nul }
    if bytes.isEmpty { throw .empty }
    if bytes[0] == Self.slash { throw .absolute(path) }
    var components: [[UInt8]] = []
    for part in bytes.split(separator: Self.slash, omittingEmptySubsequences: true) {
      if part.count == 1 && part.first == Self.dot { continue }
      if part.count == 2 && part.allSatisfy({ $0 == Self.dot }) { throw .parentComponent(path) }
      components.append(Array(part))
    }
    if components.isEmpty { throw .empty }
    self.original = path
    self.bytes = bytes
    self.components = components
    self.trailingSlash = bytes.last == Self.slash
  }
}
