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

  /// The doors through which text becomes markup without escaping (`Markup.trusted`), each
  /// with what it lets in: a new door is a reviewed change of this list, not a habit.
  static let rawMarkupDoors: [String: Int] = [
    // cmark-gfm's HTML in its safe mode: the author's raw HTML omitted, text escaped.
    "Sources/LossbookRender/Prose/ProseRenderer.swift": 1,
    // SVG that SVGBuilder wrote, escaping every text and attribute.
    "Sources/LossbookRender/Charts/ChartSpec.swift": 1,
    // The policy (a constant and a base64 hash), the stylesheet and the scripts: constants.
    "Sources/LossbookRender/Page/ReportPage.swift": 3,
    // The explorer's data: the JSON writer writes `<` as `\u003c`.
    "Sources/LossbookBlocks/Explore/ExploreResult.swift": 1,
    // The preview's script and style: constants.
    "Sources/LossbookPreview/PreviewPage.swift": 2,
  ]

  /// Markup escapes text by construction; raw markup enters only through the listed doors.
  @Test func rawMarkupEntersOnlyThroughTheListedDoors() throws {
    var found: [String: Int] = [:]
    let root = URL(fileURLWithPath: packageRoot)
    let sources = root.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard url.pathExtension == "swift", url.lastPathComponent != "Markup.swift" else { continue }
      let text = try String(contentsOf: url, encoding: .utf8)
      let count = text.components(separatedBy: ".trusted(").count - 1
      if count > 0 { found[String(url.path.dropFirst(root.path.count + 1)), default: 0] += count }
    }
    #expect(found == Self.rawMarkupDoors)
  }

  /// No sentence (two lower-case words in a row in a string literal) and no Japanese outside
  /// `Sources/LossbookWords`: every word a user reads comes from a catalogue. Comments, and the
  /// messages of `precondition`/`fatalError` (a programmer's error, never a user's), are not
  /// words a user reads, nor is text matched against another program's message; multi-line
  /// literals are stylesheets and scripts.
  @Test func sentencesLiveInTheWordsModule() throws {
    let root = URL(fileURLWithPath: packageRoot)
    let files = FileManager.default.enumerator(
      at: root.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)
    var scanned = 0
    var found: [String: [String]] = [:]
    while let url = files?.nextObject() as? URL {
      let path = String(url.path.dropFirst(root.path.count + 1))
      guard url.pathExtension == "swift", !path.hasPrefix("Sources/LossbookWords/") else { continue }
      scanned += 1
      let hits = Self.sentences(in: try String(contentsOf: url, encoding: .utf8))
      if !hits.isEmpty { found[path] = hits }
    }
    #expect(scanned > 150, "the scan found too few files to be working: \(scanned)")
    let listed = found.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.joined(separator: " | "))" }
    #expect(found.isEmpty, "sentences outside the words module:\n\(listed.joined(separator: "\n"))")
  }

  /// The rule's own check: a sentence and Japanese are found; names, markup, comments and
  /// preconditions are not.
  @Test func sentencesAreFound() {
    let hits = Self.sentences(
      in: #"""
        let a = "the block '\(id)' has no result"
        let b = "閾値"
        let c = "lb-table-wrap lb-table-wide", d = "<p class=\"lb-note\">", f = "img-src data:; font-src data:"
        // "a comment in words"
        precondition(ok, "execute needs every block decoded")
        let e = ["table", "x", "%.3f"]
        if problem.contains("cannot start any token") { }
        let css = """
          body { font: 13px system-ui, sans-serif; }
          """
        """#)
    #expect(hits == ["the block 'X' has no result", "閾値"])
  }

  /// The sentences and Japanese text of a source file's string literals (interpolations as `X`).
  static func sentences(in text: String) -> [String] {
    let literal = /"((?:[^"\\\n]|\\.)*)"/
    // Two words, not parts of a name such as `img-src data:` or `x.count`.
    let words = /(?:^|[\s'"(,;])[a-z]{2,} [a-z]{2,}(?=$|[\s'",;)?!])/
    var hits: [String] = []
    var inMultiline = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let code = line.trimmingCharacters(in: .whitespaces)
      if code.components(separatedBy: "\"\"\"").count % 2 == 0 {
        inMultiline.toggle()
        continue
      }
      if inMultiline || code.hasPrefix("//") { continue }
      if ["precondition", "fatalError(", "assert(", "assertionFailure("].contains(where: code.contains) { continue }
      for match in line.matches(of: literal) {
        // Text matched against another program's message (libyaml's, Chromium's) is not shown.
        let before = line[..<match.range.lowerBound]
        if ["contains(", "hasPrefix(", "hasSuffix("].contains(where: before.hasSuffix) { continue }
        let content = String(match.1).replacing(/\\\([^)]*\)*\)?/, with: "X")
        let japanese = content.unicodeScalars.contains {
          (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
        }
        let markup = content.trimmingCharacters(in: .whitespaces).hasPrefix("<") || content.contains("lb-")
        let sentence = content.contains(words) && !markup
        if japanese || sentence { hits.append(content) }
      }
    }
    return hits
  }

  /// Every class the report's stylesheet styles is written by some markup (a renamed class
  /// cannot leave its style behind, nor a typo in a selector style nothing).
  @Test func everyStyledClassIsWritten() throws {
    let root = URL(fileURLWithPath: packageRoot)
    let style = try String(
      contentsOf: root.appendingPathComponent("Sources/LossbookRender/Page/ReportStyle.swift"), encoding: .utf8)
    let styled = Set(style.matches(of: /\.(lb-[a-z0-9-]+)/).map { String($0.1) })
    #expect(styled.count > 20, "the scan found too few selectors to be working: \(styled.count)")
    var written: Set<String> = []
    let files = FileManager.default.enumerator(
      at: root.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard url.pathExtension == "swift", url.lastPathComponent != "ReportStyle.swift" else { continue }
      let text = try String(contentsOf: url, encoding: .utf8)
      for literal in text.matches(of: /"((?:[^"\\\n]|\\.)*)"/) {
        for name in String(literal.1).matches(of: /lb-[a-z0-9-]+/) { written.insert(String(name.0)) }
      }
    }
    // A kind's section class is written as a prefix and the kind's name.
    let unwritten = styled.filter { !written.contains($0) && !$0.hasPrefix("lb-kind-") }
    #expect(unwritten.isEmpty, "styled but written by no markup: \(unwritten.sorted())")
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

  /// The block kinds whose diagnostics are worded in the words module (`DiagnosticMessage`,
  /// issue 14); the rule widens as the rest moves.
  static let wordedKinds = [
    "Budget", "Collapse", "Data", "Explain", "Explore", "Family", "Fit", "Plot", "Shared", "Sweep", "Table",
    "Threshold",
  ]

  /// No `BlockFailure(`, `BlockWarning(` or `SpecDecodingError(` in a worded kind's folder passes
  /// a string literal as its message or help: the words come from a `DiagnosticMessage` key (the
  /// id, the first argument, may be a literal).
  @Test func blockDiagnosticsAreWordedInTheWordsModule() throws {
    var calls = 0
    var literals: [String] = []
    for kind in Self.wordedKinds {
      let folder = URL(fileURLWithPath: packageRoot).appendingPathComponent("Sources/LossbookBlocks/\(kind)")
      let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      for url in files where url.pathExtension == "swift" {
        let text = try String(contentsOf: url, encoding: .utf8)
        for (line, call) in Self.problemCalls(in: text) {
          calls += 1
          if Self.passesLiteral(call) { literals.append("\(kind)/\(url.lastPathComponent):\(line)") }
        }
      }
    }
    #expect(calls > 100, "the scan found too few calls to be working: \(calls)")
    #expect(literals.isEmpty, "diagnostics written as literals:\n\(literals.joined(separator: "\n"))")
  }

  /// The rule's own check: a literal message or help is found, a key with a literal inside is not.
  @Test func literalDiagnosticsAreFound() {
    let calls = Self.problemCalls(
      in: """
        throw BlockFailure(id, "the \\(x) model", at: r)
        BlockWarning("an-id", .fit(.noBound(model: "\\(m)", why: .closedForm)), at: r, help: .fit(.removeBounds))
        BlockFailure(id, .plot(.badLevel), at: r, help: Diagnostic.didYouMean(a, among: b) ?? "a, b")
        SpecDecodingError(id, "bins must be whole", at: r)
        """)
    #expect(calls.map(\.line) == [1, 2, 3, 4])
    #expect(calls.map { Self.passesLiteral($0.arguments) } == [true, false, true, true])
  }

  /// Each `BlockFailure(...)`, `BlockWarning(...)` and `SpecDecodingError(...)` call in `text`: its line and its
  /// arguments' text, up to the matching parenthesis.
  static func problemCalls(in text: String) -> [(line: Int, arguments: [Character])] {
    let chars = Array(text)
    var out: [(Int, [Character])] = []
    var i = 0
    var line = 1
    while i < chars.count {
      if chars[i] == "\n" { line += 1 }
      for name in ["BlockFailure(", "BlockWarning(", "SpecDecodingError("] where Self.matches(chars, at: i, name) {
        let start = i + name.count
        var depth = 1
        var j = start
        var inString = false
        var interpolation = 0
        while j < chars.count && depth > 0 {
          let c = chars[j]
          if inString {
            if c == "\\" && j + 1 < chars.count && chars[j + 1] == "(" {
              interpolation += 1
              j += 1
            } else if c == "\\" {
              j += 1
            } else if interpolation > 0 && c == "(" {
              interpolation += 1
            } else if interpolation > 0 && c == ")" {
              interpolation -= 1
            } else if interpolation == 0 && c == "\"" {
              inString = false
            }
          } else if c == "\"" {
            inString = true
          } else if c == "(" || c == "[" {
            depth += 1
          } else if c == ")" || c == "]" {
            depth -= 1
          }
          j += 1
        }
        out.append((line, Array(chars[start..<max(start, j - 1)])))
      }
      i += 1
    }
    return out
  }

  private static func matches(_ chars: [Character], at i: Int, _ name: String) -> Bool {
    guard i + name.count <= chars.count, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) else {
      return false
    }
    return String(chars[i..<i + name.count]) == name
  }

  /// Whether a string literal starts at the top level of any argument after the first.
  static func passesLiteral(_ arguments: [Character]) -> Bool {
    var depth = 0
    var argument = 0
    var inString = false
    var previous: Character = " "
    for c in arguments {
      if inString {
        if c == "\"" && previous != "\\" { inString = false }
      } else if c == "\"" {
        if depth == 0 && argument >= 1 { return true }
        inString = true
      } else if c == "(" || c == "[" || c == "{" {
        depth += 1
      } else if c == ")" || c == "]" || c == "}" {
        depth -= 1
      } else if c == "," && depth == 0 {
        argument += 1
      }
      previous = c
    }
    return false
  }
}
