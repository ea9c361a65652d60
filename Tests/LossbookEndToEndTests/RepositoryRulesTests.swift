import Foundation
import LossbookTestSupport
import Testing

/// Rules of the repository that a tool checks, not a reviewer's memory.
@Suite struct RepositoryRulesTests {
  /// Every document that a comment, test or script cites (`STATS.md section 4`, `TEACHING X7`,
  /// `WORKLOAD-W1 §5`) is in the repository, so the code explains itself: in `docs/`, at the root,
  /// or beside the code (a source folder's README.md).
  @Test func citedDocumentsAreInTheRepository() throws {
    let cited = try citations(in: ["Sources", "Tests", "Scripts", "Benchmarks", "Fuzz"])
    let places = cited.values.reduce(0) { $0 + $1.count }
    #expect(cited.count >= 5 && places > 50, "the scan found too few citations to be working: \(places)")
    let present = documentNames()
    var missing: [String] = []
    for (document, places) in cited.sorted(by: { $0.key < $1.key }) where !present.contains(document) {
      missing.append("\(document), cited in \(places.sorted().prefix(3).joined(separator: ", "))")
    }
    #expect(missing.isEmpty, "documents cited but not in the repository:\n\(missing.joined(separator: "\n"))")
  }

  /// The documents the repository holds, by file name (build folders and data left out).
  private func documentNames() -> Set<String> {
    var names: Set<String> = []
    let root = URL(fileURLWithPath: packageRoot)
    let skipped: Set<String> = [".build", ".git", "Output", "Fixtures"]
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    else { return names }
    for case let url as URL in walker {
      if skipped.contains(url.lastPathComponent) || url.lastPathComponent.hasPrefix(".build") {
        walker.skipDescendants()
        continue
      }
      if url.pathExtension == "md" { names.insert(url.lastPathComponent) }
    }
    return names
  }

  /// The documents cited in the text files under `folders`, each with the files citing it.
  ///
  /// A citation is an upper-case file name ending in `.md`, or an upper-case document name
  /// followed by a place in it (`section 4`, `§5`, `goal E2`, `X7`). `PROVENANCE.md` names the
  /// provenance note beside each real data set in the shared data folder, which the fixture
  /// scripts read from there; it is not one document and is left out.
  private func citations(in folders: [String]) throws -> [String: Set<String>] {
    let fileName = try NSRegularExpression(pattern: #"\b([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\.md\b"#)
    let bareName = try NSRegularExpression(
      pattern: #"\b([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)(?= (?:section|sections|§|goal|[A-Z][0-9]))"#)
    var cited: [String: Set<String>] = [:]
    for folder in folders {
      let base = URL(fileURLWithPath: packageRoot).appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
      for case let url as URL in walker {
        guard ["swift", "py", "R", "sh", ""].contains(url.pathExtension),
          let text = try? String(contentsOf: url, encoding: .utf8)
        else { continue }
        let place = String(url.path.dropFirst(packageRoot.count + 1))
        let range = NSRange(text.startIndex..., in: text)
        for match in fileName.matches(in: text, range: range) {
          guard let r = Range(match.range(at: 1), in: text) else { continue }
          let name = String(text[r]) + ".md"
          if name != "PROVENANCE.md" { cited[name, default: []].insert(place) }
        }
        for match in bareName.matches(in: text, range: range) {
          guard let r = Range(match.range(at: 1), in: text) else { continue }
          let name = String(text[r])
          if ["README", "FORMAT", "STATS", "TEACHING"].contains(name) || name.contains("-") {
            cited[name + ".md", default: []].insert(place)
          }
        }
      }
    }
    return cited
  }
}
