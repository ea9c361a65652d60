import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax

/// `lossbook`: Markdown notebooks in, annotated HTML reports out.
@main
struct LossbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lossbook",
    abstract: "Turns Markdown notebooks into annotated HTML reports about emergent abilities.",
    version: Lossbook.version,
    subcommands: [RenderCommand.self, CheckCommand.self, KindsCommand.self])

  /// Parses, runs, and maps the outcome to an exit status: 0 success, 1 a notebook has an
  /// error, 2 a wrong command line.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let message = fullMessage(for: error)
      if exitCode(for: error) == .success {
        print(message)
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data((message + "\n").utf8))
      Foundation.exit(2)
    }
  }
}

/// Where diagnostics go: standard error, coloured only on a terminal.
enum DiagnosticOutput {
  static func write(_ outcome: NotebookOutcome) {
    let formatter = DiagnosticFormatter(colored: isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    let text = formatter.format(outcome.diagnostics, in: outcome.file)
    if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
  }
}

/// Expands the paths given: a folder means every `*.md` directly inside it, sorted.
enum NotebookPaths {
  static func expand(_ paths: [String]) throws -> [String] {
    var out: [String] = []
    for p in paths {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
        let md = names.filter { $0.hasSuffix(".md") }.sorted()
        if md.isEmpty { throw ValidationError("the folder '\(p)' holds no .md notebooks") }
        out += md.map { p.hasSuffix("/") ? p + $0 : p + "/" + $0 }
      } else {
        out.append(p)
      }
    }
    return out
  }
}
