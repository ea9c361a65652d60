import Foundation
import LossbookSyntax
import Testing

@testable import LossbookEngine

/// `{{< include path.md >}}`: the file's text in place, positions that point into it, and the
/// limits (confined paths, self-inclusion, depth, fences).
@Suite struct NotebookIncludesTests {
  /// A folder with `files`, and the expansion of `notebook` written as `n.md` in it.
  func expand(_ notebook: String, _ files: [String: String]) throws -> (NotebookIncludes, [Diagnostic]) {
    let dir = NSTemporaryDirectory() + "lossbook-include-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir + "/parts", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
    var diagnostics: [Diagnostic] = []
    let expanded = NotebookIncludes.expand(
      SourceFile(path: "nb/n.md", text: notebook), files: DataFileOpener(roots: [dir]), diagnostics: &diagnostics)
    return (expanded, diagnostics)
  }

  @Test func aSharedPartTakesTheIncludeLinesPlace() throws {
    let (result, diagnostics) = try expand(
      "# Report\n\n{{< include parts/glossary.md >}}\n\nAfter.\n",
      [
        "parts/glossary.md": "---\ntitle: ignored\n---\n## Glossary\n\n{{< include terms.md >}}\n",
        "parts/terms.md": "Loss: the error.\n",
      ])
    #expect(diagnostics.isEmpty)
    #expect(result.file.text == "# Report\n\n## Glossary\n\nLoss: the error.\n\nAfter.\n")
    #expect(result.file.path == "nb/n.md")
    let origins = try #require(result.origins)
    #expect(
      origins.map { $0.file?.path ?? "n" } == [
        "n", "n", "nb/parts/glossary.md", "nb/parts/glossary.md", "nb/parts/terms.md", "n", "n",
      ])
    #expect(origins.map(\.line) == [1, 2, 4, 5, 1, 4, 5])
  }

  @Test func diagnosticsPointIntoTheIncludedFile() throws {
    let (result, _) = try expand("Intro\n{{< include part.md >}}\nEnd `= x`\n", ["part.md": "a\nb `= y`\n"])
    let inPart = Diagnostic("x", .error, "in part", at: SourceRange(line: 3, column: 3, length: 5))
    let after = Diagnostic("x", .error, "after", at: SourceRange(line: 4, column: 5, length: 5))
    let moved = result.remap([inPart, after])
    #expect(moved[0].file?.path == "nb/part.md" && moved[0].range == SourceRange(line: 2, column: 3, length: 5))
    #expect(moved[1].file == nil && moved[1].range == SourceRange(line: 3, column: 5, length: 5))
    let printed = DiagnosticFormatter().format(moved[0], in: result.file)
    #expect(printed.hasPrefix("nb/part.md:2:3: error: in part [x]\n   2 | b `= y`\n"))
  }

  @Test func linesInsideFencesAndLookalikesStay() throws {
    let text = "```markdown\n{{< include part.md >}}\n```\n\nText {{< include part.md >}} inline.\n"
    let (result, diagnostics) = try expand(text, ["part.md": "x\n"])
    #expect(diagnostics.isEmpty && result.origins == nil && result.file.text == text)
  }

  @Test func missingEscapingLoopingAndDeepIncludesAreErrors() throws {
    let (_, missing) = try expand("{{< include nothere.md >}}\n", [:])
    #expect(missing.map(\.id.rawValue) == ["include-failed"])
    #expect(
      missing[0].message.contains("'nothere.md'") && missing[0].range == SourceRange(line: 1, column: 1, length: 26))
    let (_, outside) = try expand("{{< include ../secret.md >}}\n", [:])
    #expect(outside.count == 1 && outside[0].message.hasPrefix("cannot include '../secret.md'"))
    let (_, loop) = try expand(
      "{{< include a.md >}}\n", ["a.md": "{{< include b.md >}}\n", "b.md": "{{< include a.md >}}\n"])
    #expect(loop.map(\.message) == ["'a.md' includes itself: a.md → b.md → a.md"])
    #expect(loop[0].file?.path == "nb/b.md")
    var deep: [String: String] = [:]
    for i in 0..<12 { deep["d\(i).md"] = "{{< include d\(i + 1).md >}}\n" }
    let (_, tooDeep) = try expand("{{< include d0.md >}}\n", deep)
    #expect(tooDeep.count == 1 && tooDeep[0].message.hasPrefix("includes nest more than 8 deep"))
  }
}
