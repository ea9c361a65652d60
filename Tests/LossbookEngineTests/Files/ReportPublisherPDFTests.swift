import Foundation
import Testing

@testable import LossbookEngine

#if canImport(Glibc)
  import Glibc
#endif

/// The PDF of `render --to pdf` goes through the same publisher: staged, listed in the manifest,
/// swapped in with the rest, removed by a later render that prints none, finished after a crash.
@Suite("ReportPublisher and the PDF")
struct ReportPublisherPDFTests {
  /// `ReportPublisherTests.files`, with a PDF holding `tag` when `pdf`.
  static func files(_ names: [String], tag: String, pdf: Bool) -> ReportFiles {
    var files = ReportPublisherTests.files(names, tag: tag)
    if pdf {
      files.pdf = Array("%PDF-1.4 \(tag)\n".utf8)
      files.manifest = ReportManifest(
        notebook: "r.md", seed: .number(1), params: .object([]),
        files: ["r.html", "r.json", "r.pdf"] + names.map { "r/" + $0 })
    }
    return files
  }

  static func listed(_ folder: FilesTestFolder) -> String {
    String(decoding: folder.read("Output/r/.lossbook-manifest.json") ?? [], as: UTF8.self)
  }

  @Test("a PDF is published next to the page, replaced by the next, removed by a render without one")
  func publishesReplacesAndRemoves() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv"], tag: "one", pdf: true))
    #expect(folder.read("Output/r.pdf") == Array("%PDF-1.4 one\n".utf8))
    #expect(Self.listed(folder).contains("\"r.pdf\""))
    try publisher.publish(Self.files(["a.csv"], tag: "two", pdf: true))
    #expect(folder.read("Output/r.pdf") == Array("%PDF-1.4 two\n".utf8))
    try publisher.publish(Self.files(["a.csv"], tag: "three", pdf: false))
    #expect(folder.read("Output/r.pdf") == nil, "a PDF older than the page it sits next to is removed")
    #expect(!Self.listed(folder).contains("r.pdf"))
    try publisher.publish(Self.files(["a.csv"], tag: "four", pdf: true))
    #expect(folder.read("Output/r.pdf") == Array("%PDF-1.4 four\n".utf8))
    #expect(ReportPublisherTests.leftovers(folder).isEmpty)
  }

  @Test("a PDF that lossbook did not write stops the render, and nothing changes")
  func refusesAForeignPDF() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv"], tag: "one", pdf: false))
    folder.write("%PDF-1.4 someone else's", to: "Output/r.pdf")
    let before = ReportPublisherTests.snapshot(folder)
    let error = ReportPublisherTests.failure { () throws(OutputError) in
      try publisher.publish(Self.files(["a.csv"], tag: "two", pdf: true))
    }
    #expect(error?.message.contains("r.pdf' was not written by lossbook") == true, "\(String(describing: error))")
    #expect(ReportPublisherTests.snapshot(folder) == before)
  }

  @Test("the journal of a commit with a PDF reads back, and the two-file form still does")
  func journalRecords() {
    let id = { (n: UInt64) in AtomicFolder.FileIdentity(device: 1, inode: n) }
    for pdf in [ReportJournal.Commit.PDF.none, .publish(id(4)), .removeOld] {
      let commit = ReportJournal.Commit(
        report: Array("r".utf8), side: id(1), results: id(2), page: id(3), pdf: pdf)
      #expect(ReportJournal.Commit(record: commit.record()) == commit)
    }
    let old = Array("lossbook-commit 2\n72\n1 1\n1 2\n1 3\n".utf8)
    #expect(ReportJournal.Commit(record: old)?.pdf == ReportJournal.Commit.PDF.none)
    #expect(ReportJournal.Commit(record: Array("lossbook-commit 3\n72\n1 1\n1 2\n1 3\nx\n".utf8)) == nil)
  }

  @Test("the next render finishes an interrupted publication with a PDF")
  func recoversAPublicationWithAPDF() throws {
    let folder = FilesTestFolder()
    let publisher = ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "r"))
    try publisher.publish(Self.files(["a.csv"], tag: "old", pdf: true))
    _ = try ReportPublisherTests.deadStage(
      folder, Self.files(["c.csv"], tag: "new", pdf: true), journaled: true, swapped: true)
    #expect(folder.read("Output/r.pdf") == Array("%PDF-1.4 old\n".utf8))
    try ReportPublisher(paths: ReportPaths(folder: folder.url("Output"), name: "other")).publish(
      ReportPublisherTests.files([], tag: "o"))
    #expect(folder.read("Output/r.pdf") == Array("%PDF-1.4 new\n".utf8))
    #expect(folder.read("Output/r.json") == Array("{\"tag\": \"new\"}\n".utf8))
    #expect(ReportPublisherTests.leftovers(folder).isEmpty)
  }
}
