import ArgumentParser
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// `lossbook kinds [KIND]`: the block kinds and their fields.
struct KindsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kinds", abstract: Words.kinds(.abstract))

  @Argument(help: ArgumentHelp(Words.kinds(.kindArgumentHelp)))
  var kind: String?

  func run() throws {
    guard let kind else {
      let width = ((standardRegistry.names + ["front-matter"]).map(\.count).max() ?? 0) + 2
      for k in standardRegistry.kinds {
        print(k.name.padding(toLength: width, withPad: " ", startingAt: 0) + k.summary)
      }
      print("")
      print(
        "front-matter".padding(toLength: width, withPad: " ", startingAt: 0)
          + Words.kinds(.frontMatterLine))
      print(
        "limits".padding(toLength: width, withPad: " ", startingAt: 0) + Words.kinds(.limitsLine))
      return
    }
    if kind == "limits" {
      printLimits()
      return
    }
    let fields: [FieldDoc]
    if kind == "front-matter" {
      print(Words.kinds(.frontMatterHeading) + "\n")
      fields = FrontMatter.fields
    } else if let k = standardRegistry.kind(named: kind) {
      print("\(k.name): \(k.summary)\n")
      fields = k.fields + [BlockDisplay.field]
    } else {
      let topics = standardRegistry.names + ["front-matter", "limits"]
      let hint = Diagnostic.didYouMean(kind, among: topics).map { " (\($0))" } ?? ""
      throw ValidationError(Words.kinds(.unknownKind(kind, hint: hint, kinds: standardRegistry.names)))
    }
    for f in fields {
      print("  \(f.name)  (\(f.type); \(Words.kinds(f.defaultValue.map { .defaultIs($0) } ?? .required)))")
      print("      \(f.meaning)")
    }
  }

  /// `lossbook kinds limits`: every fixed limit, from the constants the checks use.
  private func printLimits() {
    print(Words.kinds(.limitsHeading) + "\n")
    let width = (allLimits.map(\.scope.count).max() ?? 0) + 2
    for entry in allLimits {
      let scope = entry.scope.padding(toLength: width, withPad: " ", startingAt: 0)
      print("  \(scope)\(entry.limit.name): \(entry.limit.words) (\(entry.limit.helpText))")
    }
  }
}
