import ArgumentParser
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// Refuses a `--param NAME=VALUE` whose name no notebook given declares under `params:`: a typo
/// such as `--param etta=2.4` must not be silently ignored while the report uses the default.
enum ParamCheck {
  /// Throws a command-line error (exit status 2) naming every unknown parameter, with a
  /// "did you mean" among the declared names.
  static func validate(_ params: [(name: String, value: String)], notebooks: [String], pipeline: Pipeline) throws {
    guard !params.isEmpty else { return }
    var declared: Set<String> = []
    for path in notebooks { declared.formUnion(pipeline.declaredParameters(path) ?? []) }
    let names = declared.sorted()
    var problems: [String] = []
    for (name, _) in params where !declared.contains(name) {
      let hint = Diagnostic.didYouMean(name, among: names)
      problems.append(Words.command(.unknownParameter(name: name, hint: hint, declared: names)))
    }
    if !problems.isEmpty { throw UnknownParameters(description: problems.joined(separator: "\n")) }
  }
}

/// `--param` names that no notebook declares: a wrong command line (exit status 2), printed as words.
struct UnknownParameters: Error, CustomStringConvertible {
  let description: String
}
