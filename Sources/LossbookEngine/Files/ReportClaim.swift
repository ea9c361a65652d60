import Foundation
import LossbookWords

/// What a render may replace in its output folder: the files the previous render of the same
/// report listed in its manifest, and nothing else.
///
/// Reading the claim is also the check: a side folder holding a file no manifest lists, a
/// folder in its place, a symbolic link, or a page or results file lossbook did not write stops
/// the render with an ``OutputError`` naming it.
struct ReportClaim: Equatable {
  /// True when the side folder exists (it is then swapped with the new one).
  var sideFolderExists: Bool
  /// The names in the old side folder that lossbook wrote, removed once the new one is in place.
  var oldSideNames: [[UInt8]]
  /// True when `<name>.pdf` exists and the previous manifest lists it (`render --to pdf`).
  var pdfExists = false

  /// Checks the outputs of report `name` in the open output folder `out` (shown as `outPath`).
  static func read(out: Int32, outPath: String, name: [UInt8]) throws(OutputError) -> ReportClaim {
    let sidePath = OutputPOSIX.display(outPath, name)
    let side = try inspect(out, name, sidePath)
    var sideFolder: Int32?
    if let side {
      if side.isSymbolicLink {
        throw OutputError(.sideFolderIsLink(sidePath), help: .removeLinkHelp)
      }
      guard side.isFolder else {
        throw .notOurs(sidePath, .fileForSideFolder, help: .moveItHelp)
      }
      switch OutputPOSIX.openFolder(out, name) {
      case .success(let fd): sideFolder = fd
      case .failure(let error): throw .system(.open, sidePath, errno: error.code)
      }
    }
    defer { if let sideFolder { DataFilePOSIX.closeQuietly(sideFolder) } }
    let listed = sideFolder.flatMap { fd in
      OutputPOSIX.readSmallFile(fd, Array(ReportManifest.fileName.utf8), limit: 64 << 20)
    }.flatMap(ReportManifest.listedFiles(in:))
    let owned = listed ?? ReportLegacyOutput.recognised(out: out, name: name)
    let reportName = String(decoding: name, as: UTF8.self)
    var pdfExists = false
    for suffix in [".html", ".json", ".pdf"] {
      let file = name + Array(suffix.utf8)
      let path = OutputPOSIX.display(outPath, file)
      guard let entry = try inspect(out, file, path) else { continue }
      if suffix == ".pdf" { pdfExists = true }
      guard entry.isRegularFile, owned.contains(reportName + suffix) else {
        throw .notOurs(path, entry.isFolder ? .strangeFolder : .strangeFile, help: .renameOrMoveHelp(path))
      }
    }
    guard let sideFolder else { return ReportClaim(sideFolderExists: false, oldSideNames: [], pdfExists: pdfExists) }
    return ReportClaim(
      sideFolderExists: true,
      oldSideNames: try sideNames(sideFolder, sidePath: sidePath, reportName: reportName, owned: owned),
      pdfExists: pdfExists)
  }

  /// The names in the side folder, each checked to be a regular file that `owned` lists.
  private static func sideNames(
    _ fd: Int32, sidePath: String, reportName: String, owned: Set<String>
  ) throws(OutputError) -> [[UInt8]] {
    let names: [[UInt8]]
    switch OutputPOSIX.names(in: fd) {
    case .success(let found): names = found
    case .failure(let error): throw .system(.read, sidePath, errno: error.code)
    }
    let manifestName = Array(ReportManifest.fileName.utf8)
    for name in names where name != manifestName {
      let path = OutputPOSIX.display(sidePath, name)
      let entry = try inspect(fd, name, path)
      let text = String(validating: name, as: UTF8.self)
      guard let entry, entry.isRegularFile, let text, owned.contains(reportName + "/" + text) else {
        throw .notOurs(
          path, entry?.isFolder == true ? .strangeFolder : .strangeFile, help: .moveOutHelp(folder: sidePath))
      }
    }
    return names
  }

  /// `lstat` of `name` in `fd`, with a failure in words.
  private static func inspect(_ fd: Int32, _ name: [UInt8], _ path: String) throws(OutputError) -> OutputPOSIX.Entry? {
    switch OutputPOSIX.entry(fd, name) {
    case .success(let entry): return entry
    case .failure(let error): throw .system(.inspect, path, errno: error.code)
    }
  }
}
