import Foundation

/// Writes one output file atomically: readers see the old content or the new, never a mix.
///
/// The bytes go to a temporary file in the destination's folder (`.lossbook-tmp-XXXXXX`), which is
/// synced, renamed over the destination, and then the folder is synced so the rename survives a
/// crash. Missing folders are created. On any failure the temporary file is removed and the old
/// file is untouched. Never uses `FileManager.replaceItemAt`, which loses data on Swift 6.3.1.
public enum AtomicWriter {
  /// Atomically replaces the file at `path` with `bytes`.
  public static func write(_ bytes: [UInt8], to path: String) throws(AtomicWriteError) {
    var batch = AtomicWriteBatch()
    batch.stage(bytes, to: path)
    try batch.commit()
  }

  /// Atomically replaces the file at `path` with `data`.
  public static func write(_ data: Data, to path: String) throws(AtomicWriteError) {
    try write([UInt8](data), to: path)
  }
}
