import Foundation
import Testing

@testable import LossbookEngine

/// Atomic single writes and all-or-nothing batches.
@Suite("AtomicWriter")
struct AtomicWriterTests {
  /// The error thrown by `body`, or nil.
  static func failure(_ body: () throws(AtomicWriteError) -> Void) -> AtomicWriteError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  /// True when no temporary file is left anywhere under `folder`.
  static func noTemporaryFiles(_ folder: FilesTestFolder) -> Bool {
    let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
    return !all.contains { ($0 as NSString).lastPathComponent.hasPrefix(".lossbook-tmp-") }
  }

  @Test("writes new files, creating folders, and overwrites existing ones")
  func writeAndOverwrite() throws {
    let folder = FilesTestFolder()
    let target = folder.url("Output/deep/er/report.html")
    try AtomicWriter.write(Array("first".utf8), to: target)
    #expect(folder.read("Output/deep/er/report.html") == Array("first".utf8))
    try AtomicWriter.write(Data("second, longer".utf8), to: target)
    #expect(folder.read("Output/deep/er/report.html") == Array("second, longer".utf8))
    try AtomicWriter.write([], to: target)
    #expect(folder.read("Output/deep/er/report.html") == [])
    #expect(folder.names(in: "Output/deep/er") == ["report.html"])
  }

  @Test("a relative path is resolved against the current folder")
  func relativePath() throws {
    let folder = FilesTestFolder()
    let previous = FileManager.default.currentDirectoryPath
    #expect(FileManager.default.changeCurrentDirectoryPath(folder.path))
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    try AtomicWriter.write(Array("x".utf8), to: "plain.txt")
    try AtomicWriter.write(Array("y".utf8), to: "./Out/in.txt")
    #expect(folder.read("plain.txt") == Array("x".utf8))
    #expect(folder.read("Out/in.txt") == Array("y".utf8))
  }

  @Test("a parent that is a regular file fails cleanly")
  func parentIsFile() {
    let folder = FilesTestFolder()
    folder.write("old", to: "Output/report.html")
    let error = Self.failure { () throws(AtomicWriteError) in
      try AtomicWriter.write(Array("new".utf8), to: folder.url("Output/report.html/inner.html"))
    }
    #expect(error?.step == .createFolder)
    #expect(error?.errno == ENOTDIR)
    #expect(
      error?.message
        == "could not create the folder for '\(folder.url("Output/report.html/inner.html"))': Not a directory")
    #expect(folder.read("Output/report.html") == Array("old".utf8))
    #expect(Self.noTemporaryFiles(folder))
  }

  @Test("a destination that is a folder is refused and the temporary file removed")
  func destinationIsFolder() {
    let folder = FilesTestFolder()
    folder.write("keep", to: "Output/report/inside.txt")
    let error = Self.failure { () throws(AtomicWriteError) in
      try AtomicWriter.write(Array("new".utf8), to: folder.url("Output/report"))
    }
    #expect(error?.step == .rename)
    #expect(folder.read("Output/report/inside.txt") == Array("keep".utf8))
    #expect(Self.noTemporaryFiles(folder))
  }

  @Test("invalid destinations", arguments: ["", "Output/", "Output/..", ".", "a\0b"])
  func invalidPaths(path: String) {
    let error = Self.failure { () throws(AtomicWriteError) in try AtomicWriter.write([1], to: path) }
    #expect(error?.step == .invalidPath)
  }

  @Test("a read-only folder fails cleanly", .enabled(if: geteuid() != 0, "root ignores file permissions"))
  func readOnlyFolder() {
    let folder = FilesTestFolder()
    folder.write("old", to: "Output/report.html")
    _ = chmod(folder.url("Output"), 0o555)
    defer { _ = chmod(folder.url("Output"), 0o755) }
    let error = Self.failure { () throws(AtomicWriteError) in
      try AtomicWriter.write(Array("new".utf8), to: folder.url("Output/report.html"))
    }
    #expect(error?.step == .createTemporaryFile)
    #expect(folder.read("Output/report.html") == Array("old".utf8))
    #expect(Self.noTemporaryFiles(folder))
  }

  @Test("a symbolic link at the destination is replaced; its target is untouched")
  func symlinkDestination() throws {
    let folder = FilesTestFolder()
    folder.write("target", to: "elsewhere.txt")
    folder.makeFolder("Output")
    folder.link("Output/report.html", to: "../elsewhere.txt")
    try AtomicWriter.write(Array("new".utf8), to: folder.url("Output/report.html"))
    #expect(folder.read("elsewhere.txt") == Array("target".utf8))
    #expect(folder.read("Output/report.html") == Array("new".utf8))
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.url("Output/report.html"))) == nil)
  }

  @Test("a batch replaces every file")
  func batchAll() throws {
    let folder = FilesTestFolder()
    folder.write("old html", to: "Output/r.html")
    var batch = AtomicWriteBatch()
    batch.stage(Array("<html>".utf8), to: folder.url("Output/r.html"))
    batch.stage(Data("{}".utf8), to: folder.url("Output/r/data.json"))
    batch.stage(Array("a,b".utf8), to: folder.url("Output/r/t.csv"))
    batch.stage(Array("a,b\n1,2".utf8), to: folder.url("Output/r/t.csv"))
    #expect(batch.stagedPaths.count == 3)
    try batch.commit()
    #expect(folder.read("Output/r.html") == Array("<html>".utf8))
    #expect(folder.read("Output/r/data.json") == Array("{}".utf8))
    #expect(folder.read("Output/r/t.csv") == Array("a,b\n1,2".utf8))
    #expect(Self.noTemporaryFiles(folder))
  }

  @Test("a batch whose last file fails replaces nothing")
  func batchNone() {
    let folder = FilesTestFolder()
    folder.write("old html", to: "Output/r.html")
    folder.write("old svg", to: "Output/r/plot.svg")
    folder.write("not a folder", to: "Output/blocker")
    var batch = AtomicWriteBatch()
    batch.stage(Array("new html".utf8), to: folder.url("Output/r.html"))
    batch.stage(Array("new svg".utf8), to: folder.url("Output/r/plot.svg"))
    batch.stage(Array("new json".utf8), to: folder.url("Output/r/new.json"))
    batch.stage(Array("boom".utf8), to: folder.url("Output/blocker/last.csv"))
    let error = Self.failure { () throws(AtomicWriteError) in try batch.commit() }
    #expect(error?.step == .createFolder)
    #expect(error?.path == folder.url("Output/blocker/last.csv"))
    #expect(folder.read("Output/r.html") == Array("old html".utf8))
    #expect(folder.read("Output/r/plot.svg") == Array("old svg".utf8))
    #expect(folder.read("Output/r/new.json") == nil)
    #expect(Self.noTemporaryFiles(folder))
  }

  @Test("a batch whose last destination is a folder replaces nothing")
  func batchNoneAtRename() {
    let folder = FilesTestFolder()
    folder.write("old html", to: "Output/r.html")
    folder.makeFolder("Output/r/taken.csv")
    var batch = AtomicWriteBatch()
    batch.stage(Array("new html".utf8), to: folder.url("Output/r.html"))
    batch.stage(Array("x".utf8), to: folder.url("Output/r/taken.csv"))
    let error = Self.failure { () throws(AtomicWriteError) in try batch.commit() }
    #expect(error?.step == .rename)
    #expect(error?.errno == EISDIR)
    #expect(folder.read("Output/r.html") == Array("old html".utf8))
    #expect(Self.noTemporaryFiles(folder))
  }
}
