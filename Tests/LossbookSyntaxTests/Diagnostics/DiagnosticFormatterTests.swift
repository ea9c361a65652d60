import LossbookSyntax
import Testing

@Suite("Diagnostic formatter") struct DiagnosticFormatterTests {
  @Test func compilerFormWithCaretAndHelp() {
    let file = SourceFile(path: "Notebooks/x.md", text: "one\nlaw: chinchila\n")
    let d = Diagnostic(
      "bad-value", .error, "'chinchila' is not one of: chinchilla, epoch",
      at: SourceRange(line: 2, column: 6, length: 9),
      help: "did you mean 'chinchilla'?")
    #expect(
      DiagnosticFormatter().format(d, in: file) == """
        Notebooks/x.md:2:6: error: 'chinchila' is not one of: chinchilla, epoch [bad-value]
           2 | law: chinchila
             |      ^~~~~~~~~ did you mean 'chinchilla'?

        """)
  }

  @Test func wideCharactersMoveTheCaretTwoColumns() {
    let file = SourceFile(path: "x.md", text: "損失: 2.2x\n")
    let d = Diagnostic("bad", .error, "m", at: SourceRange(line: 1, column: 5, length: 4))
    let text = DiagnosticFormatter().format(d, in: file)
    #expect(text.contains("   1 | 損失: 2.2x\n     |       ^~~~\n"))
  }

  @Test func notesAndNoRange() {
    let file = SourceFile(path: "x.md", text: "a\nb\n")
    let d = Diagnostic(
      "duplicate-id", .error, "dup", at: SourceRange(line: 2, column: 1, length: 1),
      notes: [DiagnosticNote("first here", at: SourceRange(line: 1, column: 1, length: 1))])
    #expect(DiagnosticFormatter().format(d, in: file).hasSuffix("x.md:1:1: note: first here\n"))
    let whole = Diagnostic("notebook-not-found", .error, "cannot read", at: nil)
    #expect(DiagnosticFormatter().format(whole, in: nil) == "lossbook: error: cannot read [notebook-not-found]\n")
  }

  @Test func aVeryLongLineIsShownAsAWindowAroundTheCaret() {
    let line = String(repeating: "a", count: 1000) + "XYZ" + String(repeating: "b", count: 1000)
    let file = SourceFile(path: "x.md", text: line)
    let d = Diagnostic("bad", .error, "m", at: SourceRange(line: 1, column: 1001, length: 3))
    let lines = DiagnosticFormatter().format(d, in: file).split(separator: "\n")
    #expect(lines[1].count < 140)
    #expect(lines[1].hasPrefix("   1 | …a"))
    #expect(lines[1].hasSuffix("b…"))
    let caretColumn = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
    let xColumn = lines[1].firstIndex(of: "X").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
    #expect(caretColumn == xColumn)
    #expect(lines[2].hasSuffix("^~~"))
  }

  @Test func colourOnlyWhenAsked() {
    let d = Diagnostic("x", .warning, "m", at: nil)
    #expect(!DiagnosticFormatter().format(d, in: nil).contains("\u{1B}"))
    #expect(DiagnosticFormatter(colored: true).format(d, in: nil).contains("\u{1B}[1;35m"))
  }
}
