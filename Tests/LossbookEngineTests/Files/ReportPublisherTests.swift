import Foundation
import LossbookEngine
import Testing

@testable import LossbookEngine

#if canImport(Glibc)
  import Glibc
#endif

/// Publishing a report: only files a manifest lists are replaced or removed, a publication is
/// all or nothing, and interrupted ones are finished or removed by the next render.
@Suite("ReportPublisher")
struct ReportPublisherTests {
  /// A report named `r` with the side files `names`, each holding `tag`.
  static func files(_ names: [String], tag: String) -> ReportFiles {
    let side = names.map { ReportFiles.SideFile(name: $0, bytes: Array("\(tag) \($0)\n".utf8)) }
    let manifest = ReportManifest(
      notebook: "r.md", seed: .number(1), params: .object([]), files: ["r.html", "r.json"] + names.map { "r/" + $0 })
    return ReportFiles(
      html: Array("<meta name=\"generator\" content=\"lossbook 0\">\(tag)\n".utf8),
      json: Array("{\"tag\": \"\(tag)\"}\n".utf8),
      sideFiles: side, manifest: manifest)
  }

  /// The error thrown by `body`, or nil.
  static func failure(_ body: () throws(OutputError) -> Void) -> OutputError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  /// Every path under `folder` (hidden ones included) with its bytes.
  static func snapshot(_ folder: FilesTestFolder) -> [String: [UInt8]] {
    let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
    var files: [String: [UInt8]] = [:]
    for path in all { files[path] = folder.read(path) ?? [] }
    return files
  }

  /// The stage folders and temporary files left in `Output`.
  static func leftovers(_ folder: FilesTestFolder) -> [String] {
    folder.names(in: "Output").filter { $0.hasPrefix(".lossbook-") }
  }

  @Test("publishes page, results, side files and a manifest listing them")
  func publishes() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv", "b.svg"], tag: "one"))
    #expect(folder.read("Output/r.html") == Array("<meta name=\"generator\" content=\"lossbook 0\">one\n".utf8))
    #expect(folder.read("Output/r/a.csv") == Array("one a.csv\n".utf8))
    #expect(folder.names(in: "Output/r") == [".lossbook-manifest.json", "a.csv", "b.svg"])
    let manifest = String(decoding: folder.read("Output/r/.lossbook-manifest.json") ?? [], as: UTF8.self)
    #expect(manifest.contains("\"files\": [\"r.html\", \"r.json\", \"r/a.csv\", \"r/b.svg\"]"))
    #expect(!manifest.contains(folder.path), "no absolute path in the manifest")
    #expect(Self.leftovers(folder).isEmpty)
  }

  @Test("a second render replaces the listed files and removes the listed ones it no longer makes")
  func replacesListedFiles() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv", "b.svg"], tag: "one"))
    try publisher.publish(Self.files(["b.svg", "c.csv"], tag: "two"))
    #expect(folder.names(in: "Output/r") == [".lossbook-manifest.json", "b.svg", "c.csv"])
    #expect(folder.read("Output/r/b.svg") == Array("two b.svg\n".utf8))
    #expect(folder.read("Output/r.json") == Array("{\"tag\": \"two\"}\n".utf8))
    #expect(Self.leftovers(folder).isEmpty)
  }

  @Test("a file the manifest does not list stops the render, and nothing changes")
  func foreignSideFile() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv"], tag: "one"))
    folder.write("my notes", to: "Output/r/notes.txt")
    folder.write("nested", to: "Output/r/sub/keep.csv")
    let before = Self.snapshot(folder)
    let error = Self.failure { () throws(OutputError) in try publisher.publish(Self.files(["b.csv"], tag: "two")) }
    #expect(error?.message.hasPrefix("'\(folder.url("Output/r/notes.txt"))' was not written by lossbook") == true)
    #expect(Self.snapshot(folder) == before)
    #expect(Self.leftovers(folder).isEmpty)
  }

  @Test("a side folder that is a user's folder, a file or a link is refused untouched")
  func foreignSideFolder() {
    let folder = FilesTestFolder()
    folder.write("input", to: "Output/r/data.csv")
    folder.write("mine", to: "Output/s")
    folder.write("target", to: "elsewhere/keep.csv")
    folder.link("Output/t", to: "../elsewhere")
    let before = Self.snapshot(folder)
    for name in ["r", "s", "t"] {
      let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: name))
      let error = Self.failure { () throws(OutputError) in try publisher.publish(Self.files(["keep.csv"], tag: "x")) }
      #expect(error != nil, "\(name)")
    }
    #expect(Self.snapshot(folder) == before)
    #expect(Self.leftovers(folder).isEmpty)
  }

  @Test("a page or results file lossbook did not write is refused; an older lossbook report is adopted")
  func pageNotOurs() throws {
    let folder = FilesTestFolder()
    folder.write("<p>my own page</p>", to: "Output/r.html")
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    let error = Self.failure { () throws(OutputError) in try publisher.publish(Self.files(["a.csv"], tag: "x")) }
    #expect(error?.message.contains("r.html' was not written by lossbook") == true)
    #expect(folder.read("Output/r.html") == Array("<p>my own page</p>".utf8))
    // A report from before manifests: its page, results file and block side files are lossbook's.
    folder.write("<meta name=\"generator\" content=\"lossbook 0.0.9\">", to: "Output/r.html")
    folder.write("{\"lossbook\": \"0.0.9\", \"notebook\": \"r.md\", \"blocks\": {\"t\": {}}}", to: "Output/r.json")
    folder.write("old", to: "Output/r/t.csv")
    try publisher.publish(Self.files(["a.csv"], tag: "x"))
    #expect(folder.names(in: "Output/r") == [".lossbook-manifest.json", "a.csv"])
  }

  @Test("a render waits for the output folder's lock, then stops with a message")
  func lockTimeout() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(
      paths: ReportPaths(folder: folder.url("Output"), name: "r"), lockWait: .milliseconds(200))
    try publisher.publish(Self.files(["a.csv"], tag: "one"))
    let fd = open(folder.url("Output"), O_RDONLY | O_DIRECTORY)
    defer { close(fd) }
    #expect(flock(fd, LOCK_EX) == 0)
    let before = Self.snapshot(folder)
    let error = Self.failure { () throws(OutputError) in try publisher.publish(Self.files(["b.csv"], tag: "two")) }
    #expect(error?.message.contains("another lossbook render is publishing into") == true)
    #expect(Self.snapshot(folder) == before)
    #expect(Self.leftovers(folder).isEmpty)
  }

  /// Stages `files` as a render whose process died would have left them, journal written when
  /// `journaled`; with `swapped`, its side folder was already swapped in. Returns the stage name.
  static func deadStage(
    _ folder: FilesTestFolder, _ files: ReportFiles, journaled: Bool, swapped: Bool
  ) throws -> String {
    let out = open(folder.url("Output"), O_RDONLY | O_DIRECTORY)
    defer { close(out) }
    let paths = ReportPaths(folder: folder.url("Output"), name: "r")
    let stage = try ReportStage.create(in: out, outPath: paths.folder)
    defer { stage.close() }
    try stage.write(files, paths: paths)
    if journaled {
      let claim = try ReportClaim.read(out: out, outPath: paths.folder, name: Array("r".utf8))
      try stage.writeJournal(report: Array("r".utf8), oldSideNames: claim.oldSideNames, paths: paths)
    }
    if swapped { #expect(OutputPOSIX.rename(stage.fd, ReportStage.side, out, Array("r".utf8), flags: 2) == 0) }
    let dead = ".lossbook-stage-999999999-test"
    #expect(
      rename(folder.url("Output/") + String(decoding: stage.name, as: UTF8.self), folder.url("Output/" + dead)) == 0)
    return dead
  }

  @Test("the next render finishes a publication interrupted after the swap, and removes the stage")
  func recoversAnInterruptedPublication() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv", "b.csv"], tag: "old"))
    _ = try Self.deadStage(folder, Self.files(["c.csv"], tag: "new"), journaled: true, swapped: true)
    // Mid-publication: the side folder is new while the page is still old.
    #expect(folder.names(in: "Output/r") == [".lossbook-manifest.json", "c.csv"])
    try ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "other")).publish(
      Self.files([], tag: "o"))
    #expect(folder.read("Output/r.json") == Array("{\"tag\": \"new\"}\n".utf8))
    #expect(folder.read("Output/r.html") == Array("<meta name=\"generator\" content=\"lossbook 0\">new\n".utf8))
    #expect(folder.names(in: "Output/r") == [".lossbook-manifest.json", "c.csv"])
    #expect(Self.leftovers(folder).isEmpty)
  }

  @Test("a stage left before its journal is removed, and the old report stays")
  func removesAnUnjournaledStage() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv"], tag: "old"))
    let before = Self.snapshot(folder)
    let dead = try Self.deadStage(folder, Self.files(["c.csv"], tag: "new"), journaled: false, swapped: false)
    try ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "other")).publish(
      Self.files([], tag: "o"))
    #expect(!folder.names(in: "Output").contains(dead))
    for (path, bytes) in before { #expect((folder.read(path) ?? []) == bytes, "\(path)") }
  }

  @Test("names that would escape, and outputs over the notebook or its data, are refused before a run")
  func destinationChecks() {
    let folder = FilesTestFolder()
    folder.write("# x", to: "proj/x.md")
    folder.write("a,b", to: "proj/x/data.csv")
    for (notebook, out) in [("proj/...md", "Output"), ("proj/..md", "Output"), ("proj/x.md", "proj")] {
      let destination = ReportDestination(notebook: folder.url(notebook), folder: folder.url(out))
      let error = Self.failure { () throws(OutputError) in
        try destination.check(notebook: folder.url(notebook), inputFolders: [folder.url("proj")])
      }
      #expect(error != nil, "\(notebook) into \(out)")
    }
    // The notebook's data folder as the side folder, even when it is empty.
    folder.makeFolder("data/x")
    let destination = ReportDestination(notebook: folder.url("proj/x.md"), folder: folder.url("data"))
    let error = Self.failure { () throws(OutputError) in
      try destination.check(
        notebook: folder.url("proj/x.md"), inputFolders: [folder.url("proj"), folder.url("data/x")])
    }
    #expect(error?.message.contains("reads data from") == true)
  }

  @Test("an empty output folder or the root is refused by the engine too")
  func emptyOrRootFolder() {
    for out in ["", "/", "/.."] {
      let destination = ReportDestination(notebook: "/nowhere/x.md", folder: out)
      let error = Self.failure { () throws(OutputError) in
        try destination.check(notebook: "/nowhere/x.md", inputFolders: [])
      }
      #expect(error != nil, "'\(out)'")
    }
  }
}
