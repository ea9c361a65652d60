import Foundation
import Testing

@testable import LossbookEngine

/// The fixture table of RELIABILITY-NOTES section 5, for both opening strategies.
@Suite("DataFileOpener")
struct DataFileOpenerTests {
  /// A notebook folder `data/` with every trap of the table, plus neighbours outside it.
  static func fixture() -> FilesTestFolder {
    let folder = FilesTestFolder()
    folder.write("outside\n", to: "outside.csv")
    folder.write("x\n", to: "outsidedir/x.csv")
    folder.write("secret\n", to: "data-secret/k.csv")
    folder.write("a,b\n1,2\n", to: "data/ok.csv")
    folder.write("ok2\n", to: "data/sub/ok2.csv")
    folder.link("data/link_out.csv", to: "../outside.csv")
    folder.link("data/linkdir", to: "../outsidedir")
    folder.link("data/magic.csv", to: "/proc/self/root/etc/passwd")
    folder.link("data/link_in.csv", to: "ok.csv")
    folder.link("data/prefix_trap.csv", to: "../data-secret/k.csv")
    folder.link("data/absolute_trap.csv", to: folder.url("data-secret/k.csv"))
    folder.fifo("data/fifo.csv")
    folder.write("second\n", to: "second/extra.csv")
    folder.write("shadowed\n", to: "second/ok.csv")
    return folder
  }

  static let strategies: [DataFileOpener.Strategy] = [.automatic, .componentWalk]

  /// An opener for `data/` (and optionally `second/`) using `strategy`.
  static func opener(_ folder: FilesTestFolder, _ strategy: DataFileOpener.Strategy, second: Bool = false)
    -> DataFileOpener
  {
    var opener = DataFileOpener(roots: [folder.url("data")] + (second ? [folder.url("second")] : []))
    opener.strategy = strategy
    return opener
  }

  /// The error thrown by reading `path`, or nil when it succeeds.
  static func failure(_ opener: DataFileOpener, _ path: String) -> DataFileError? {
    do {
      _ = try opener.read(path)
      return nil
    } catch {
      return error
    }
  }

  @Test("files inside the root open", arguments: strategies)
  func opensInside(strategy: DataFileOpener.Strategy) throws {
    let folder = Self.fixture()
    let opener = Self.opener(folder, strategy)
    #expect(try opener.read("ok.csv") == Array("a,b\n1,2\n".utf8))
    #expect(try opener.read("sub/ok2.csv") == Array("ok2\n".utf8))
    #expect(try opener.read("./sub//ok2.csv") == Array("ok2\n".utf8))
    #expect(try opener.read("sub/./ok2.csv") == Array("ok2\n".utf8))
  }

  @Test("lexical rejects happen before any file-system access", arguments: strategies)
  func lexicalRejects(strategy: DataFileOpener.Strategy) {
    let folder = Self.fixture()
    let opener = Self.opener(folder, strategy)
    #expect(Self.failure(opener, "../outside.csv") == .parentComponent("../outside.csv"))
    #expect(Self.failure(opener, "sub/../../outside.csv") == .parentComponent("sub/../../outside.csv"))
    #expect(Self.failure(opener, "sub/..") == .parentComponent("sub/.."))
    #expect(Self.failure(opener, "/etc/passwd") == .absolute("/etc/passwd"))
    #expect(Self.failure(opener, "ok.csv\0/../../outside.csv") == .nul)
    #expect(Self.failure(opener, "") == .empty)
    #expect(Self.failure(opener, "./") == .empty)
  }

  @Test("symbolic links that leave the root are refused", arguments: strategies)
  func escapingLinks(strategy: DataFileOpener.Strategy) {
    let folder = Self.fixture()
    let opener = Self.opener(folder, strategy)
    for path in ["link_out.csv", "linkdir/x.csv", "magic.csv", "prefix_trap.csv", "absolute_trap.csv"] {
      let error = Self.failure(opener, path)
      guard case .outsideRoot(let reported, _) = error else {
        Issue.record("\(path): expected outsideRoot, got \(String(describing: error))")
        continue
      }
      #expect(reported == path)
    }
  }

  @Test("the kernel path of an escaping link is reported, but not in the message")
  func resolvedPathStaysOutOfMessage() {
    let folder = Self.fixture()
    let error = Self.failure(Self.opener(folder, .automatic), "link_out.csv")
    #expect(error == .outsideRoot(path: "link_out.csv", resolved: folder.url("outside.csv")))
    #expect(error?.message.contains(folder.path) == false)
    #expect(error?.diagnosticID == "path-outside-project")
  }

  @Test("a symbolic link that stays inside opens with /proc and is refused by the walk")
  func insideLink() throws {
    let folder = Self.fixture()
    #expect(try Self.opener(folder, .automatic).read("link_in.csv") == Array("a,b\n1,2\n".utf8))
    #expect(
      Self.failure(Self.opener(folder, .componentWalk), "link_in.csv")
        == .outsideRoot(path: "link_in.csv", resolved: ""))
  }

  @Test("FIFOs and folders are not regular files and never hang", .timeLimit(.minutes(1)), arguments: strategies)
  func notRegular(strategy: DataFileOpener.Strategy) {
    let folder = Self.fixture()
    let opener = Self.opener(folder, strategy)
    #expect(Self.failure(opener, "fifo.csv") == .notRegularFile("fifo.csv"))
    #expect(Self.failure(opener, "sub") == .notRegularFile("sub"))
    #expect(Self.failure(opener, "sub/") == .notRegularFile("sub/"))
    #expect(Self.failure(opener, "fifo.csv")?.diagnosticID == "data-file-unreadable")
  }

  @Test("names are literal: no percent-decoding, no trailing-slash files", arguments: strategies)
  func literalNames(strategy: DataFileOpener.Strategy) {
    let folder = Self.fixture()
    let opener = Self.opener(folder, strategy)
    #expect(Self.failure(opener, "%2e%2e/outside.csv") == .notFound("%2e%2e/outside.csv"))
    #expect(Self.failure(opener, "ok.csv/") == .notFound("ok.csv/"))
    #expect(Self.failure(opener, "ok.csv/x") == .notFound("ok.csv/x"))
    #expect(Self.failure(opener, "missing.csv")?.diagnosticID == "data-file-not-found")
  }

  @Test("roots are searched in order; the first holding the name wins", arguments: strategies)
  func secondRoot(strategy: DataFileOpener.Strategy) throws {
    let folder = Self.fixture()
    let opener = Self.opener(folder, strategy, second: true)
    #expect(try opener.read("extra.csv") == Array("second\n".utf8))
    #expect(try opener.read("ok.csv") == Array("a,b\n1,2\n".utf8))
    #expect(Self.failure(opener, "nowhere.csv") == .notFound("nowhere.csv"))
  }

  @Test("a link into another allowed root is accepted (with /proc)")
  func linkIntoSecondRoot() throws {
    let folder = Self.fixture()
    folder.link("data/to_second.csv", to: "../second/extra.csv")
    #expect(try Self.opener(folder, .automatic, second: true).read("to_second.csv") == Array("second\n".utf8))
    #expect(Self.failure(Self.opener(folder, .automatic), "to_second.csv") != nil)
  }

  @Test("missing roots are skipped")
  func missingRoot() throws {
    let folder = Self.fixture()
    let opener = DataFileOpener(roots: [folder.url("no-such-folder"), folder.url("data")])
    #expect(try opener.read("ok.csv").count == 8)
    #expect(Self.failure(DataFileOpener(roots: []), "ok.csv") == .notFound("ok.csv"))
  }

  @Test("NFC and NFD spellings are different folders", arguments: strategies)
  func unicodeBytes(strategy: DataFileOpener.Strategy) throws {
    let folder = FilesTestFolder()
    let nfc = "caf\u{E9}"
    let nfd = "cafe\u{301}"
    folder.write("inside\n", to: "\(nfc)/n.csv")
    folder.write("secret\n", to: "\(nfd)/secret.csv")
    folder.link("\(nfc)/trap.csv", to: "../\(nfd)/secret.csv")
    var opener = DataFileOpener(roots: [folder.url(nfc)])
    opener.strategy = strategy
    #expect(try opener.read("n.csv") == Array("inside\n".utf8))
    guard case .outsideRoot = Self.failure(opener, "trap.csv") else {
      Issue.record("a link into the NFD twin folder must be refused")
      return
    }
    var parent = DataFileOpener(roots: [folder.path])
    parent.strategy = strategy
    #expect(try parent.read("\(nfc)/n.csv") == Array("inside\n".utf8))
    #expect(Self.failure(parent, "\(nfd)/n.csv") == .notFound("\(nfd)/n.csv"))
  }

  @Test("the size cap is enforced", arguments: strategies)
  func sizeCap(strategy: DataFileOpener.Strategy) throws {
    let folder = Self.fixture()
    let opener = Self.opener(folder, strategy)
    #expect(Self.failure(opener, "ok.csv") == nil)
    do {
      _ = try opener.read("ok.csv", maxBytes: 3)
      Issue.record("expected tooLarge")
    } catch {
      #expect(error == .tooLarge("ok.csv", bytes: 8, limit: 3))
    }
    #expect(try opener.read("ok.csv", maxBytes: 8).count == 8)
  }

  @Test("messages are plain English and name only the user's path")
  func messages() {
    #expect(
      DataFileError.parentComponent("../secret.csv").message
        == "'../secret.csv' leaves the notebook's folder; data files must be inside it (use --data-root DIR to allow another folder)"
    )
    #expect(DataFileError.absolute("/etc/passwd").message.contains("relative to the notebook's folder"))
    #expect(
      DataFileError.unreadable("a.csv", errno: EACCES).message
        == "data file 'a.csv' could not be read: Permission denied")
    #expect(DataFileError.nul.diagnosticID == "path-outside-project")
    #expect(DataFileError.absolute("/x").diagnosticID == "path-outside-project")
    #expect(DataFileError.tooLarge("a", bytes: 2, limit: 1).diagnosticID == "data-file-unreadable")
  }

  @Test("an unreadable file reports the error number", .enabled(if: geteuid() != 0, "root ignores file permissions"))
  func unreadable() {
    let folder = Self.fixture()
    _ = chmod(folder.url("data/ok.csv"), 0)
    #expect(Self.failure(Self.opener(folder, .automatic), "ok.csv") == .unreadable("ok.csv", errno: EACCES))
  }
}
