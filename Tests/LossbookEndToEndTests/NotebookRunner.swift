import Foundation
import LossbookBlocks
import LossbookEngine

/// Renders a notebook written in a test (plus side files such as a CSV) in a fresh folder
/// and returns the outcome and the parsed results file.
enum NotebookRunner {
  struct Rendered {
    var outcome: NotebookOutcome
    /// The results file, parsed; nil when the render failed.
    var results: [String: Any]?
    /// The report's HTML; nil when the render failed.
    var html: String? = nil

    /// `blocks.<id>.result`.
    func result(_ id: String) -> [String: Any]? {
      ((results?["blocks"] as? [String: Any])?[id] as? [String: Any])?["result"] as? [String: Any]
    }
  }

  static func render(_ text: String, files: [String: String] = [:]) throws -> Rendered {
    let dir = NSTemporaryDirectory() + "lossbook-notebook-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try text.write(toFile: "\(dir)/n.md", atomically: true, encoding: .utf8)
    for (name, contents) in files {
      try contents.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
    }
    var options = RenderOptions()
    options.outputDirectory = "\(dir)/out"
    options.notebookLabel = "n.md"
    let outcome = Pipeline(registry: standardRegistry).render("\(dir)/n.md", options: options)
    let data = FileManager.default.contents(atPath: "\(dir)/out/n.json")
    let results = data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    let html = try? String(contentsOfFile: "\(dir)/out/n.html", encoding: .utf8)
    return Rendered(outcome: outcome, results: results, html: html)
  }
}
