import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookTestSupport
import Testing

/// Every notebook in `Notebooks/` renders to its committed report in `Output/` (page, results
/// file and side files), byte for byte, on one thread and on two.
@Suite struct NotebookGoldenTests {
  /// Relative to `Notebooks/`, without `.md`: subfolders too (`ja/shutsugen-nouryoku`), as
  /// `lossbook render Notebooks` finds them (README.md files are documentation, not notebooks).
  static let notebooks: [String] = {
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: packageRoot + "/Notebooks")) ?? []
    return names.filter { $0.hasSuffix(".md") && ($0 as NSString).lastPathComponent != "README.md" }.sorted()
      .map { String($0.dropLast(3)) }
  }()

  static func render(_ name: String, jobs: Int) throws -> (html: String, json: String, out: String) {
    let out = NSTemporaryDirectory() + "lossbook-golden-\(name)-\(jobs)-\(UUID().uuidString)"
    var options = RenderOptions()
    let folder = (name as NSString).deletingLastPathComponent
    options.outputDirectory = folder.isEmpty ? out : out + "/" + folder
    options.jobs = jobs
    options.notebookLabel = "Notebooks/\(name).md"
    let outcome = Pipeline(registry: standardRegistry).render(packageRoot + "/Notebooks/\(name).md", options: options)
    #expect(!outcome.failed, "\(outcome.diagnostics.map(\.message))")
    let html = try String(contentsOfFile: "\(out)/\(name).html", encoding: .utf8)
    let json = try String(contentsOfFile: "\(out)/\(name).json", encoding: .utf8)
    return (html, json, out)
  }

  @Test(arguments: notebooks)
  func matchesGolden(_ name: String) throws {
    let one = try Self.render(name, jobs: 1)
    let two = try Self.render(name, jobs: 2)
    defer {
      try? FileManager.default.removeItem(atPath: one.out)
      try? FileManager.default.removeItem(atPath: two.out)
    }
    #expect(one.html == two.html, "HTML differs between --jobs 1 and --jobs 2")
    #expect(one.json == two.json, "JSON differs between --jobs 1 and --jobs 2")
    let sides1 = try FileManager.default.contentsOfDirectory(atPath: "\(one.out)/\(name)").sorted()
    let sides2 = try FileManager.default.contentsOfDirectory(atPath: "\(two.out)/\(name)").sorted()
    #expect(sides1 == sides2)
    for f in sides1 {
      #expect(
        FileManager.default.contents(atPath: "\(one.out)/\(name)/\(f)")
          == FileManager.default.contents(atPath: "\(two.out)/\(name)/\(f)"),
        "\(f) differs between --jobs 1 and --jobs 2")
    }
    // The committed reports are the goldens: one copy, which Scripts/test also compares with a
    // fresh release render through the command line.
    let output = packageRoot + "/Output"
    Golden.check(one.html, against: "\(output)/\(name).html")
    Golden.check(one.json, against: "\(output)/\(name).json")
    for f in sides1 {
      let text = try String(contentsOfFile: "\(one.out)/\(name)/\(f)", encoding: .utf8)
      Golden.check(text, against: "\(output)/\(name)/\(f)")
    }
    if !Golden.recording {
      let committed = (try? FileManager.default.contentsOfDirectory(atPath: "\(output)/\(name)")) ?? []
      #expect(committed.sorted() == sides1, "Output/\(name)/ holds other files than a render writes")
    }
  }

  @Test func notebooksInSubfoldersAreFound() {
    #expect(Self.notebooks.contains("ja/shutsugen-nouryoku"))
    #expect(!Self.notebooks.contains("data/README"))
  }

  @Test func everyKindIsUsedInTheTour() throws {
    let tour = try String(contentsOfFile: packageRoot + "/Notebooks/tour.md", encoding: .utf8)
    for kind in standardRegistry.names {
      #expect(tour.contains("```\(kind) "), "the tour does not use the '\(kind)' block kind")
    }
  }

  @Test func everyBlockFolderIsRegistered() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Sources/LossbookBlocks")
      .filter { !$0.contains(".") && $0 != "Shared" }
    for f in folders {
      #expect(
        standardRegistry.names.contains(f.lowercased()), "Sources/LossbookBlocks/\(f) is not in AllBlockKinds.swift")
    }
  }
}
