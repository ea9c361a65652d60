import LossbookSyntax
import Testing

@Suite("Suggestions")
struct ExpressionSuggestionTests {
  static let functions = ExpressionFunction.names

  @Test(
    "closest function names",
    arguments: [
      ("lgo", "log"), ("sqr", "sqrt"), ("sigmod", "sigmoid"), ("sigmiod", "sigmoid"), ("clmp", "clamp"),
      ("LOG", "log"), ("Exp", "exp"), ("log", "log"), ("mx", "max"), ("log1", "log"), ("hinje", "hinge"),
    ])
  func closest(name: String, expected: String) {
    #expect(Suggestion.closest(to: name, among: Self.functions) == expected)
  }

  @Test("nothing close enough", arguments: ["foo", "x", "pi", "", "logarithm", "squareroot"])
  func none(name: String) {
    #expect(Suggestion.closest(to: name, among: Self.functions) == nil)
  }

  @Test("ties are deterministic: case-sensitive distance, then alphabetical")
  func ties() {
    #expect(Suggestion.closest(to: "cat", among: ["cut", "cab", "bat"]) == "bat")
    #expect(Suggestion.closest(to: "colour", among: ["dolor", "color", "colors"]) == "color")
    #expect(Suggestion.closest(to: "models", among: ["modes", "model"]) == "model")
    #expect(Suggestion.closest(to: "Model", among: ["model", "MODEL"]) == "model")
    #expect(Suggestion.closest(to: "critera", among: ["criteria", "criterion"], maxDistance: 2) == "criteria")
    #expect(Suggestion.closest(to: "abc", among: []) == nil)
    #expect(Suggestion.closest(to: "formats", among: ["format", "formula"], maxDistance: 0) == nil)
  }

  @Test("edit distance counts adjacent transpositions as one edit")
  func editDistance() {
    func d(_ a: String, _ b: String) -> Int { Suggestion.editDistance(Array(a), Array(b)) }
    #expect(d("lgo", "log") == 1)
    #expect(d("", "abc") == 3)
    #expect(d("kitten", "sitting") == 3)
    #expect(d("ca", "abc") == 3)  // optimal string alignment, not unrestricted Damerau
    #expect(d("same", "same") == 0)
  }
}
