import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fresh temporary folder for one test, built and inspected with raw POSIX calls (no Unicode
/// normalisation), removed when the value is released.
final class FilesTestFolder {
  /// The folder's absolute path.
  let path: String

  /// Creates a new empty folder under the system temporary folder.
  init() {
    var base = NSTemporaryDirectory()
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    var template = Array((base + "/lossbook-files-XXXXXX").utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
      return String(cString: base)
    }
    path = created ?? base + "/lossbook-files-fallback-\(UUID().uuidString)"
    if created == nil { _ = mkdir(path, 0o700) }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The absolute path of `relative` inside the folder.
  func url(_ relative: String) -> String { path + "/" + relative }

  /// Creates a folder (and parents) at `relative`.
  func makeFolder(_ relative: String) {
    var prefix = path
    for part in relative.split(separator: "/") {
      prefix += "/" + part
      _ = mkdir(prefix, 0o755)
    }
  }

  /// Writes `text` to `relative`, creating parent folders.
  func write(_ text: String, to relative: String) {
    write(Array(text.utf8), to: relative)
  }

  /// Writes `bytes` to `relative`, creating parent folders.
  func write(_ bytes: [UInt8], to relative: String) {
    if let cut = relative.lastIndex(of: "/") { makeFolder(String(relative[..<cut])) }
    let fd = open(url(relative), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return }
    FileHandle(fileDescriptor: fd, closeOnDealloc: true).write(Data(bytes))
  }

  /// Creates a symbolic link at `relative` with the literal `target`.
  func link(_ relative: String, to target: String) {
    _ = symlink(target, url(relative))
  }

  /// Creates a FIFO at `relative`.
  func fifo(_ relative: String) {
    _ = mkfifo(url(relative), 0o644)
  }

  /// The bytes of `relative`, or nil when it cannot be read.
  func read(_ relative: String) -> [UInt8]? {
    FileManager.default.contents(atPath: url(relative)).map { [UInt8]($0) }
  }

  /// The names directly inside `relative` (raw readdir order, then sorted).
  func names(in relative: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url(relative))) ?? []).sorted()
  }
}
