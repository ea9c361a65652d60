import Foundation

/// Replaces several output files together: all of them, or (on an error) none of them.
///
/// ``commit()`` first writes every staged file to a temporary file in its destination's folder
/// (`.lossbook-tmp-XXXXXX`, synced to disk). Only when all of them are written does it rename them
/// over their destinations, then sync the folders. Any failure before the renames removes every
/// temporary file and leaves the previous outputs byte-identical. It never deletes a file it did
/// not write (reports are published by ``ReportPublisher``, which replaces only listed files).
///
/// Like Foundation's `.atomic` writes, a new file gets mode `0666` minus the umask, a symbolic link
/// at the destination is replaced (its target is untouched), and the folder must be writable.
public struct AtomicWriteBatch: Sendable {
  /// The staged files, in staging order.
  private var files: [AtomicStagedFile] = []

  /// Creates an empty batch.
  public init() {}

  /// The destination paths staged so far, in staging order.
  public var stagedPaths: [String] { files.map(\.path) }

  /// Stages `bytes` for `path`; staging the same path again replaces the earlier content.
  public mutating func stage(_ bytes: [UInt8], to path: String) {
    if let index = files.firstIndex(where: { Array($0.path.utf8) == Array(path.utf8) }) {
      files[index].bytes = bytes
    } else {
      files.append(AtomicStagedFile(path: path, bytes: bytes))
    }
  }

  /// Stages `data` for `path`.
  public mutating func stage(_ data: Data, to path: String) {
    stage([UInt8](data), to: path)
  }

  /// Writes every staged file atomically.
  public func commit() throws(AtomicWriteError) {
    var staged = try AtomicStagedFiles(files)
    defer { staged.closeFolders() }
    try staged.writeTemporaryFiles()
    try staged.renameIntoPlace()
  }
}
