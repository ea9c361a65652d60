import Foundation

/// The files a render asked for (data files, includes, the bibliography, folders listed), kept
/// so that `lossbook preview` can watch them. Every request is noted before it is tried, so a
/// file that was missing is watched too, and its appearance re-renders.
public final class DataFileReadLog: @unchecked Sendable {
  private let lock = NSLock()
  private var paths: Set<String> = []

  /// Creates an empty log.
  public init() {}

  /// Notes `relativePath` as asked of the opener with `roots`: the path under each root, since
  /// a file appearing in an earlier root would change which one is read.
  func note(_ relativePath: String, roots: [String]) {
    lock.lock()
    defer { lock.unlock() }
    for root in roots {
      let full = relativePath == "." ? root : root + "/" + relativePath
      paths.insert((full as NSString).standardizingPath)
    }
  }

  /// The absolute paths noted so far, sorted.
  public var noted: [String] {
    lock.lock()
    defer { lock.unlock() }
    return paths.sorted()
  }
}
