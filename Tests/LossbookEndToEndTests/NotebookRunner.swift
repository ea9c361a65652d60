import Foundation
import LossbookBlocks
import LossbookEngine

/// Renders or checks a notebook written in a test (plus side files such as a CSV) in a fresh
/// folder: the one helper the end-to-end tests share.
enum NotebookRunner {
  /// What a render came to: the outcome and every file it wrote, read back.
  struct Rendered {
    var outcome: NotebookOutcome
    /// The results file, parsed; nil when the render failed.
    var results: [String: Any]?
    /// Every file written, by its path under the output folder (`n.html`, `n/plot.svg`).
    var files: [String: String] = [:]

    /// The report's HTML; nil when the render failed.
    var html: String? { files["n.html"] }
    /// The results file's text; nil when the render failed.
    var json: String? { files["n.json"] }

    /// `blocks.<id>.result`.
    func result(_ id: String) -> [String: Any]? {
      ((results?["blocks"] as? [String: Any])?[id] as? [String: Any])?["result"] as? [String: Any]
    }

    /// The side file `n/<name>`, parsed as CSV with a header: the columns by name.
    func csv(_ name: String) -> [String: [String]] {
      var lines = (files["n/\(name)"] ?? "").split(separator: "\n").map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
      guard !lines.isEmpty else { return [:] }
      let header = lines.removeFirst()
      var columns: [String: [String]] = [:]
      for (j, column) in header.enumerated() { columns[column] = lines.map { j < $0.count ? $0[j] : "" } }
      return columns
    }

    /// A column of `csv(_:)` as numbers (NaN where a cell is not one).
    func numbers(_ csv: [String: [String]], _ column: String) -> [Double] {
      (csv[column] ?? []).map { Double($0) ?? .nan }
    }
  }

  /// Renders `text` as `n.md` beside `files`, with the options `configure` sets.
  static func render(
    _ text: String, files: [String: String] = [:], _ configure: (inout RenderOptions) -> Void = { _ in }
  ) throws -> Rendered {
    let dir = try folder(text, files: files)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var options = RenderOptions()
    options.outputDirectory = "\(dir)/out"
    options.notebookLabel = "n.md"
    configure(&options)
    let outcome = Pipeline(registry: standardRegistry).render("\(dir)/n.md", options: options)
    var written: [String: String] = [:]
    let out = "\(dir)/out"
    for path in (FileManager.default.subpaths(atPath: out) ?? []).sorted() {
      if let text = try? String(contentsOfFile: "\(out)/\(path)", encoding: .utf8) { written[path] = text }
    }
    let results = written["n.json"].flatMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    return Rendered(outcome: outcome, results: results, files: written)
  }

  /// The outcome of `lossbook check` on `text` (split, decode, resolve; nothing runs).
  static func check(_ text: String, files: [String: String] = [:]) throws -> NotebookOutcome {
    let dir = try folder(text, files: files)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    return Pipeline(registry: standardRegistry).check("\(dir)/n.md")
  }

  /// A fresh folder holding `n.md` and `files`.
  private static func folder(_ text: String, files: [String: String]) throws -> String {
    let dir = NSTemporaryDirectory() + "lossbook-notebook-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try text.write(toFile: "\(dir)/n.md", atomically: true, encoding: .utf8)
    for (name, contents) in files {
      try contents.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
    }
    return dir
  }
}
