import Foundation
import LossbookWords

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
      throw OutputError(.emptyFolder, help: .emptyFolderHelp)
    }
    guard let folder = Self.realPath(paths.folder) else { return }
    if folder == "/" {
      throw OutputError(.rootFolder(paths.folder), help: .rootFolderHelp)
    }
    let notebookPath = Self.realPath(notebook)
    if let side = Self.realPath(paths.sideFolder) {
      let protected = [notebookPath].compactMap { $0 } + inputFolders.compactMap(Self.realPath)
      if let input = protected.first(where: { $0 == side || $0.hasPrefix(side + "/") }) {
        throw OutputError(
          .sideFolderHoldsInput(folder: paths.sideFolder, input: input, notebook: input == notebookPath),
          help: .sideFolderHoldsInputHelp)
      }
    }
    for output in [paths.page, paths.results] where notebookPath != nil && Self.realPath(output) == notebookPath {
      throw OutputError(.overNotebook(output), help: .overNotebookHelp)
    }
    guard case .success(let out) = DataFilePOSIX.openFolder(folder) else { return }
    defer { DataFilePOSIX.closeQuietly(out) }
    _ = try ReportClaim.read(out: out, outPath: paths.folder, name: Array(paths.name.utf8))
  }

  /// Refuses report names that are empty, `.`, `..`, reserved for lossbook's temporaries, or too long.
  private func checkName(notebook: String) throws(OutputError) {
    let name = paths.name
    let file = (notebook as NSString).lastPathComponent
    if name.isEmpty {
      throw OutputError(.emptyReportName(notebook: file), help: .renameNotebookHelp)
    }
    if name == "." || name == ".." {
      throw OutputError(
        .dotReportName(notebook: file, name: name, sideFolder: paths.sideFolder, parent: name == ".."),
        help: .renameNotebookHelp)
    }
    if name.hasPrefix(".lossbook-") {
      throw OutputError(.reservedReportName(notebook: file), help: .renameNotebookHelp)
    }
    if name.utf8.count > Self.longestName || name.utf8.contains(0) {
      throw OutputError(
        .reportNameTooLong(notebook: file, limit: Self.longestName), help: .renameNotebookShortHelp)
    }
  }

  /// The canonical absolute path of an existing file or folder, or nil when it does not exist.
  public static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
