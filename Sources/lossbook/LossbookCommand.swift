import ArgumentParser
import Foundation
import LossbookBlocks
import LossbookEngine
import LossbookSyntax
import LossbookWords

/// `lossbook`: Markdown notebooks in, annotated HTML reports out.
@main
struct LossbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lossbook",
    abstract: Words.command(.abstract(.lossbook)),
    version: Lossbook.version,
    subcommands: [RenderCommand.self, MergeCommand.self, CheckCommand.self, PreviewCommand.self, KindsCommand.self])

  /// Parses, runs, and maps the outcome to an exit status: 0 success, 1 a notebook has an
  /// error, 2 a wrong command line.
  static func main() {
    if let problem = DashNotebookArgument.problem(in: Array(CommandLine.arguments.dropFirst())) {
      FileHandle.standardError.write(Data(("Error: " + problem + "\n").utf8))
      Foundation.exit(2)
    }
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
    let formatter = DiagnosticFormatter(
      colored: isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    let text = formatter.format(outcome.diagnostics, in: outcome.file)
    if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
  }
}

/// Expands the paths given: a folder means every `*.md` directly inside it, sorted.
enum NotebookPaths {
  /// The notebooks named on the command line. A folder means every `*.md` inside it and in its
  /// subfolders (hidden entries and `README.md` files excepted); `subfolder` is the notebook's
  /// folder relative to the named one, so `Notebooks/ja/x.md` renders to `Output/ja/x.html`.
  static func expand(_ paths: [String]) throws -> [(path: String, subfolder: String)] {
    var out: [(path: String, subfolder: String)] = []
    for p in paths {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
        let md = notebooks(in: p, under: "")
        if md.isEmpty { throw ValidationError(Words.command(.folderHoldsNoNotebooks(p))) }
        // A notebook's side files go to a folder named after it, which must not be a subfolder
        // of reports too (Notebooks/ja.md beside Notebooks/ja/).
        for n in md {
          let side = String(n.dropLast(3)) + "/"
          if let clash = md.first(where: { $0.hasPrefix(side) }) {
            throw ValidationError(Words.command(.sameOutputFolder("\(p)/\(n)", "\(p)/\(clash)")))
          }
        }
        let base = p.hasSuffix("/") ? p : p + "/"
        out += md.map { (base + $0, ($0 as NSString).deletingLastPathComponent) }
      } else {
        out.append((p, ""))
      }
    }
    return out
  }

  /// The relative paths of the notebooks under `folder/relative`, files before subfolders, sorted.
  ///
  /// Symbolic links are never followed: a link to a notebook or a folder, inside the folder or
  /// out of it, is skipped with a note on standard error, so a link cannot publish a file from
  /// elsewhere and no link structure (`a -> .`) can make the walk endless.
  private static func notebooks(in folder: String, under relative: String) -> [String] {
    let here = relative.isEmpty ? folder : folder + "/" + relative
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: here)) ?? []).filter { !$0.hasPrefix(".") }
      .sorted()
    var files: [String] = []
    var folders: [String] = []
    for n in names {
      let rel = relative.isEmpty ? n : relative + "/" + n
      var info = stat()
      guard lstat(here + "/" + n, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        var target = stat()
        let isFolder = stat(here + "/" + n, &target) == 0 && (target.st_mode & S_IFMT) == S_IFDIR
        if isFolder || n.hasSuffix(".md") {
          let line = Words.command(.skippedLink(path: "\(here)/\(n)", toFolder: isFolder))
          FileHandle.standardError.write(Data((line + "\n").utf8))
        }
      case S_IFDIR:
        folders += notebooks(in: folder, under: rel)
      case S_IFREG where n.hasSuffix(".md") && n != "README.md":
        files.append(rel)
      default:
        break
      }
    }
    return files + folders
  }
}

/// A notebook named like an option (`lossbook render -dash.md`), which the argument parser would
/// read as flags (`-d -a -s -h`, so the help). It must be written `./-dash.md` or after `--`.
enum DashNotebookArgument {
  /// The options of `render` and `check` that take a value, whose value is never a notebook.
  static let optionsWithValues: Set<String> = [
    "-o", "--out", "-p", "--param", "--seed", "-j", "--jobs", "--data-root", "--lock-wait", "--port", "--to",
    "--chromium",
  ]
  /// The options that are not flag clusters.
  static let knownFlags: Set<String> = ["-h", "--help", "-v", "--verbose", "--keep-going", "--version"]

  /// A message when `arguments` (without the program name) name a notebook that starts with `-`
  /// before any `--`; nil otherwise.
  static func problem(in arguments: [String]) -> String? {
    guard let command = arguments.first, ["render", "check", "preview"].contains(command) else { return nil }
    var index = 1
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" { return nil }
      if optionsWithValues.contains(argument) {
        index += 1
        continue
      }
      guard argument.hasPrefix("-"), argument.count > 2, !knownFlags.contains(argument), !argument.contains("=") else {
        continue
      }
      if argument.hasSuffix(".md") || FileManager.default.fileExists(atPath: argument) {
        return Words.command(.dashNotebook(argument: argument, command: command))
      }
    }
    return nil
  }
}
