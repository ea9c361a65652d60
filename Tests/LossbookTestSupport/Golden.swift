import Foundation
import Testing

/// Golden files: compares text with a file kept next to the tests, and rewrites the file when
/// the environment variable `RECORD_GOLDENS` is set (that run then fails on purpose, so a
/// recording is never mistaken for a pass).
public enum Golden {
  public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil }

  public static func check(_ actual: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if recording {
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try? actual.write(toFile: path, atomically: true, encoding: .utf8)
      Issue.record("recorded \(path); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
      Issue.record("no golden file at \(path); record it with RECORD_GOLDENS=1", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      Issue.record("differs from \(path):\n\(firstDifference(expected, actual))", sourceLocation: sourceLocation)
    }
  }

  /// The first differing line of two texts, for a readable failure.
  public static func firstDifference(_ a: String, _ b: String) -> String {
    let la = a.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
    let lb = b.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(la.count, lb.count) {
      let x = i < la.count ? String(la[i]) : "<end of file>"
      let y = i < lb.count ? String(lb[i]) : "<end of file>"
      if x != y { return "line \(i + 1):\n- \(x.prefix(300))\n+ \(y.prefix(300))" }
    }
    return "(only line endings differ)"
  }
}

/// The repository's root folder, found from this file's path.
public let packageRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url.path
}()
