import LossbookSyntax
import LossbookTestSupport
import Testing

@Suite("Notebook splitter") struct NotebookSplitterTests {
  let splitter = NotebookSplitter(kinds: ["family", "fit", "plot", "table", "data"])

  func split(_ marked: MarkedSource) -> (NotebookSyntax, [Diagnostic]) {
    splitter.split(SourceFile(path: "t.md", text: marked.text))
  }

  @Test func frontMatterBlocksAndTheirPositions() {
    let src = MarkedSource(
      """
      ---
      title: x
      seed: 3
      ---

      Text.

      ```1️⃣fit 2️⃣main
      table: t
      ```
      """)
    let (nb, diags) = split(src)
    #expect(diags.isEmpty)
    #expect(nb.frontMatter?.yaml == "title: x\nseed: 3")
    #expect(nb.frontMatter?.firstLine == 2)
    #expect(nb.blocks.count == 1)
    let b = nb.blocks[0]
    #expect(b.kind.value == "fit")
    #expect(b.kind.range.start.line == src.location("1️⃣")!.line)
    #expect(b.kind.range.start.column == src.location("1️⃣")!.column)
    #expect(b.id.value == "main")
    #expect(b.id.range.start.column == src.location("2️⃣")!.column)
    #expect(b.body == "table: t")
    #expect(b.bodyFirstLine == 9)
  }

  @Test func fencesThatAreNotBlocksStayListings() {
    let src = MarkedSource(
      """
      ````markdown
      ```fit inner
      table: t
      ```
      ````

      ```python
      print(1)
      ```

      ~~~
      plain
      ~~~
      """)
    let (nb, diags) = split(src)
    #expect(nb.blocks.isEmpty)
    #expect(diags.isEmpty)
  }

  @Test func indentedFenceStripsItsIndentation() {
    let (nb, _) = split(MarkedSource("  ```data d\n  rows: []\n   x: 1\n  ```\n"))
    #expect(nb.blocks.first?.body == "rows: []\n x: 1")
    #expect(nb.blocks.first?.bodyIndent == 2)
  }

  @Test func nearMissesAreDiagnosed() {
    let src = MarkedSource("```1️⃣fitt main\nx: 1\n```\n\n```2️⃣plott\nx\n```\n")
    let (nb, diags) = split(src)
    #expect(nb.blocks.isEmpty)
    #expect(diags.count == 2)
    #expect(diags[0].id == "unknown-block-kind")
    #expect(diags[0].severity == .error)
    #expect(diags[0].help == "did you mean 'fit'?")
    #expect(diags[0].range?.start.column == src.location("1️⃣")!.column)
    #expect(diags[1].severity == .warning)
    #expect(diags[1].range?.start.line == src.location("2️⃣")!.line)
  }

  @Test func blockProblems() {
    let (_, d1) = split(MarkedSource("```data\nx: 1\n```\n"))
    #expect(d1.map(\.id) == ["missing-block-id"])
    let (_, d2) = split(MarkedSource("```data 9lives\nx: 1\n```\n"))
    #expect(d2.map(\.id) == ["bad-block-id"])
    let (nb3, d3) = split(MarkedSource("```data open\nx: 1\n"))
    #expect(d3.map(\.id) == ["unclosed-block"])
    #expect(nb3.blocks.first?.body == "x: 1")
    let (_, d4) = split(MarkedSource("---\ntitle: x\n\nno end\n"))
    #expect(d4.map(\.id) == ["unclosed-front-matter"])
  }

  @Test func inlineValuesWithPositionsAndFormats() {
    let src = MarkedSource("The value is `= 1️⃣fit.models.hinge.r2 | 2️⃣.3f` and `= 3️⃣params.eta`.\n")
    let (nb, _) = split(src)
    #expect(nb.inlineValues.count == 2)
    let a = nb.inlineValues[0]
    #expect(a.content == "= fit.models.hinge.r2 | .3f")
    #expect(a.expression.value == "fit.models.hinge.r2")
    #expect(a.expression.range.start.column == src.location("1️⃣")!.column)
    #expect(a.format?.value == ".3f")
    #expect(a.format?.range.start.column == src.location("2️⃣")!.column)
    #expect(nb.inlineValues[1].format == nil)
    #expect(nb.inlineValues[1].expression.range.start.column == src.location("3️⃣")!.column)
  }

  @Test func codeSpansThatAreNotInlineValues() {
    let (nb, _) = split(
      MarkedSource(
        """
        A lone `=`, a `=x`, an escaped \\`= 1\\` and a double `` `= 2` `` are code.

            `= 3` in indented code is code too.

        ```text
        `= 4` in a listing
        ```
        """))
    #expect(nb.inlineValues.isEmpty)
  }

  @Test func inlineValueInATableCellWithAnEscapedBar() {
    let (nb, _) = split(MarkedSource("| a | b |\n| - | - |\n| x | `= pi \\| .2f` |\n"))
    #expect(nb.inlineValues.count == 1)
    #expect(nb.inlineValues[0].expression.value == "pi")
    #expect(nb.inlineValues[0].format?.value == ".2f")
  }

  @Test func inlineValueAcrossALineBreak() {
    let (nb, _) = split(MarkedSource("value `= 1 +\n2 | int` here\n"))
    #expect(nb.inlineValues.first?.content == "= 1 + 2 | int")
  }

  @Test func randomInputsNeverCrash() {
    var state: UInt64 = 0x2385
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    let pieces = [
      "```", "~~~", "`", "= ", "|", "\\", "---", "\n", " ", "fit a", "data", "x: 1", "é", "表", "\t", "\r\n", "````",
    ]
    for _ in 0..<3000 {
      var s = ""
      for _ in 0..<Int(next() % 40) { s += pieces[Int(next() % UInt64(pieces.count))] }
      _ = splitter.split(SourceFile(path: "r.md", text: s))
    }
  }
}

@Suite("Heading levels of blocks") struct BlockHeadingLevelTests {
  /// The level of the nearest heading above each block, outside fences.
  @Test func levelOfTheNearestHeadingAboveOutsideFences() {
    let text = """
      ```data a
      x: 1
      ```
      # One
      ## Two
      ```text
      # not a heading
      ```
      ```data b
      x: 1
      ```
      #nohash
      ### Three
      ```data c
      x: 1
      ```
      """
    let (nb, _) = NotebookSplitter(kinds: ["data"]).split(SourceFile(path: "t.md", text: text))
    #expect(nb.blocks.map(\.headingLevel) == [1, 2, 3])
  }

  @Test func headingsOverTheLimitAreRefusedAtTheFirstOneOver() {
    let splitter = NotebookSplitter(kinds: ["data"])
    let limit = NotebookSplitter.maxHeadings
    let within = Array(repeating: "## H", count: limit).joined(separator: "\n")
    #expect(splitter.split(SourceFile(path: "t.md", text: within)).1.isEmpty)
    let over = within + "\n# One more\n## And another\n"
    let diags = splitter.split(SourceFile(path: "t.md", text: over)).1
    #expect(diags.count == 1)
    #expect(diags.first?.id == LimitDiagnostics.overLimit)
    #expect(diags.first?.range?.start.line == limit + 1)
    #expect(diags.first?.message == "this is heading \(limit + 1); the limit is \(limit) headings")
  }
}
