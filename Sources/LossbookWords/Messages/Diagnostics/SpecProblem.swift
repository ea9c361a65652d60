/// The diagnostics of the decode stage (`SpecDecoder`, `NodeDecoder` and the value types of
/// LossbookEngine's `Decoding/`, and the front matter).
public enum SpecProblem: Sendable, Hashable {
  // YAML; `problem` is libyaml's own words.
  case yamlUnreadable(String)
  case yamlSyntax(problem: String)
  case bracketNotClosed(String, problem: String)
  case tabsHelp
  case keysTwice([String])
  case yaml(String)
  // Fields.
  /// `fields` lists the fields asked for, or is empty when a "did you mean" is the help.
  case unknownField(String, fields: [String])
  /// `field` is the path of the value (`tasks[1].eta`), empty for the block's body itself.
  case shouldBe(field: String, expected: ExpectedValue, found: FoundValue)
  case missingField(String)
  case addFieldHelp(String)
  case tooFewItems(String)
  // Values.
  case shouldBeNumber
  case notANumber(String)
  case numberHelp
  case expressionShouldBeText
  case parameterNumberOrText
  case notOneOf(String, choices: [String])
  case outputLimit
}

/// What a YAML value should have been, in "'x' should be ...".
public enum ExpectedValue: Sendable, Hashable {
  case fields, list, text, number, trueOrFalse, wholeNumber
  /// The bounds as written: "-9e15", "255".
  case wholeNumberBetween(String, String)
}

/// A YAML value as a diagnostic describes it, in "..., not a list".
public enum FoundValue: Sendable, Hashable {
  case empty
  case scalar(String)
  case mapping, list, alias
}
