import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a notebook's report would go, checked before anything runs: a report name that could
/// escape its output folder, a side folder that would land on the notebook or its data, or a
/// file in the way that lossbook did not write is refused with the reason.
public struct ReportDestination: Sendable {
  /// The longest report name: `<name>.html` must fit in a file name (255 bytes).
  static let longestName = 250

  /// The output paths.
  public let paths: ReportPaths

  /// The destination of `notebook`'s report in `folder`: the notebook's file name without its
  /// extension (`x.md` → `x`).
  public init(notebook: String, folder: String) {
    let name = ((notebook as NSString).lastPathComponent as NSString).deletingPathExtension
    paths = ReportPaths(folder: folder, name: name)
  }

  /// Refuses a destination that is unsafe: a bad report name, a side folder that is or holds the
  /// notebook or one of `inputFolders` (the folders data is read from), a page or results file
  /// that is the notebook, or existing outputs lossbook did not write.
  public func check(notebook: String, inputFolders: [String]) throws(OutputError) {
    try checkName(notebook: notebook)
    if paths.folder.isEmpty {
      throw OutputError(
        message: "the output folder is empty", help: "give the folder reports go to, e.g. --out Output")
    }
    guard let folder = Self.realPath(paths.folder) else { return }
    if folder == "/" {
      throw OutputError(
        message: "the output folder '\(paths.folder)' is the file-system root",
        help: "give reports a folder of their own, e.g. --out Output")
    }
    let notebookPath = Self.realPath(notebook)
    if let side = Self.realPath(paths.sideFolder) {
      let protected = [notebookPath].compactMap { $0 } + inputFolders.compactMap(Self.realPath)
      if let input = protected.first(where: { $0 == side || $0.hasPrefix(side + "/") }) {
        let what =
          input == notebookPath
          ? "holds the notebook itself ('\(input)')" : "is or holds a folder the notebook reads data from ('\(input)')"
        throw OutputError(
          message: "the report's side folder '\(paths.sideFolder)' \(what); lossbook will not write over its inputs",
          help: "render into another folder with --out, or rename the notebook")
      }
    }
    for output in [paths.page, paths.results] where notebookPath != nil && Self.realPath(output) == notebookPath {
      throw OutputError(
        message: "the report would be written over the notebook itself ('\(output)')",
        help: "rename the notebook so it ends in .md, or render into another folder with --out")
    }
    guard case .success(let out) = DataFilePOSIX.openFolder(folder) else { return }
    defer { DataFilePOSIX.closeQuietly(out) }
    _ = try ReportClaim.read(out: out, outPath: paths.folder, name: Array(paths.name.utf8))
  }

  /// Refuses report names that are empty, `.`, `..`, reserved for lossbook's temporaries, or too long.
  private func checkName(notebook: String) throws(OutputError) {
    let name = paths.name
    let file = (notebook as NSString).lastPathComponent
    let help = "rename the notebook, e.g. to 'report.md'"
    if name.isEmpty {
      throw OutputError(message: "the notebook '\(file)' gives an empty report name", help: help)
    }
    if name == "." || name == ".." {
      let place = name == "." ? "the output folder itself" : "the folder above the output folder"
      throw OutputError(
        message: "the notebook '\(file)' gives the report name '\(name)', which would make its side folder "
          + "'\(paths.sideFolder)', \(place)",
        help: help)
    }
    if name.hasPrefix(".lossbook-") {
      throw OutputError(message: "report names starting with '.lossbook-' are lossbook's own ('\(file)')", help: help)
    }
    if name.utf8.count > Self.longestName || name.utf8.contains(0) {
      throw OutputError(
        message: "the report name of '\(file)' is longer than \(Self.longestName) bytes", help: "rename the notebook")
    }
  }

  /// The canonical absolute path of an existing file or folder, or nil when it does not exist.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
