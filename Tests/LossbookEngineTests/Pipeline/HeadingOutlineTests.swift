@testable import LossbookEngine
import LossbookSyntax
import Testing

@Suite("Heading outline") struct HeadingOutlineTests {
  @Test func levelOfTheNearestHeadingAboveOutsideFences() {
    let text = """
      intro
      # One
      ## Two
      ```text
      # not a heading
      ```
      block here
      #nohash
      ### Three
      block there
      """
    let levels = HeadingOutline.levels(of: SourceFile(path: "t.md", text: text), at: [1, 7, 10])
    #expect(levels[1] == 1)
    #expect(levels[7] == 2)
    #expect(levels[10] == 3)
  }
}
