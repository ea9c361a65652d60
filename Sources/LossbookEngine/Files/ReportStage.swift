import LossbookWords

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A report written in full to a hidden folder inside the output folder, before it is published.
///
/// Layout: `.lossbook-stage-<pid>-<random>/` holding `side/` (the new side folder with its
/// manifest), `page` (the HTML), `results` (the JSON), `pdf` (the printed page, when asked for);
/// then, while publishing, `old-list` (the old
/// side files to remove), `commit` (the journal), `old/` (the previous side folder), and the old
/// page and results file swapped into `page` and `results`.
/// Everything in it is lossbook's own; the names are fixed so a later render can finish or
/// remove a stage whose process died (``ReportRecovery``).
struct ReportStage {
  /// The prefix of stage folders, followed by the writer's process id.
  static let prefix = ".lossbook-stage-"
  static let side = Array("side".utf8)
  static let old = Array("old".utf8)
  static let page = Array("page".utf8)
  static let results = Array("results".utf8)
  static let pdf = Array("pdf".utf8)
  static let oldList = Array("old-list".utf8)
  static let commit = Array("commit".utf8)

  /// The open output folder.
  let out: Int32
  /// The stage folder's name in the output folder.
  let name: [UInt8]
  /// The open stage folder.
  let fd: Int32

  /// Creates a new, uniquely named stage folder in `out` (shown as `outPath`).
  static func create(in out: Int32, outPath: String) throws(OutputError) -> ReportStage {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
    var generator = SystemRandomNumberGenerator()
    var lastError = EEXIST
    attempts: for _ in 0..<100 {
      var name = Array("\(prefix)\(getpid())-".utf8)
      for _ in 0..<8 { name.append(alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))]) }
      switch OutputPOSIX.makeFolder(out, name, mode: 0o700) {
      case .success:
        switch OutputPOSIX.openFolder(out, name) {
        case .success(let fd): return ReportStage(out: out, name: name, fd: fd)
        case .failure(let error):
          OutputPOSIX.removeEmptyFolder(out, name)
          throw OutputError(
            .stagingNotOpened(folder: outPath, reason: DataFilePOSIX.describe(errno: error.code)))
        }
      case .failure(let error):
        lastError = error.code
        if error.code != EEXIST { break attempts }
      }
    }
    throw OutputError(
      .stagingNotCreated(folder: outPath, reason: DataFilePOSIX.describe(errno: lastError)),
      help: OutputError.help(.createFolder))
  }

  /// Writes every file of the report into the stage and syncs it; `paths` name them in messages.
  func write(_ files: ReportFiles, paths: ReportPaths) throws(OutputError) {
    if case .failure(let error) = OutputPOSIX.makeFolder(fd, Self.side, mode: 0o777) {
      throw .system(.createFolder, paths.sideFolder, errno: error.code)
    }
    let side: Int32
    switch OutputPOSIX.openFolder(fd, Self.side) {
    case .success(let opened): side = opened
    case .failure(let error): throw .system(.createFolder, paths.sideFolder, errno: error.code)
    }
    defer { DataFilePOSIX.closeQuietly(side) }
    for file in files.sideFiles {
      if case .failure(let error) = OutputPOSIX.writeNewFile(side, Array(file.name.utf8), file.bytes) {
        throw .system(.write, paths.sideFile(file.name), errno: error.code)
      }
    }
    let manifest = Array(files.manifest.serialized().utf8)
    if case .failure(let error) = OutputPOSIX.writeNewFile(side, Array(ReportManifest.fileName.utf8), manifest) {
      throw .system(.write, paths.sideFile(ReportManifest.fileName), errno: error.code)
    }
    if case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.results, files.json) {
      throw .system(.write, paths.results, errno: error.code)
    }
    if let pdf = files.pdf, case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.pdf, pdf) {
      throw .system(.write, paths.pdf, errno: error.code)
    }
    if case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.page, files.html) {
      throw .system(.write, paths.page, errno: error.code)
    }
    _ = fsync(side)
    _ = fsync(fd)
  }

  /// Writes the journal: the old side files to remove, then the `commit` file naming the report
  /// and the staged side folder, results file and page (and PDF: the staged one, or the old one
  /// to remove when `removeOldPDF`). From here on, a later render finishes the publication.
  /// Returns the commit written.
  @discardableResult
  func writeJournal(report: [UInt8], oldSideNames: [[UInt8]], removeOldPDF: Bool = false, paths: ReportPaths)
    throws(OutputError) -> ReportJournal.Commit
  {
    var identities: [AtomicFolder.FileIdentity] = []
    var staged = [(Self.side, paths.sideFolder), (Self.results, paths.results), (Self.page, paths.page)]
    let hasPDF: Bool
    switch OutputPOSIX.entry(fd, Self.pdf) {
    case .success(let entry): hasPDF = entry != nil
    case .failure(let error): throw .system(.inspect, paths.pdf, errno: error.code)
    }
    if hasPDF { staged.append((Self.pdf, paths.pdf)) }
    for (name, path) in staged {
      switch OutputPOSIX.entry(fd, name) {
      case .success(let entry?): identities.append(entry.identity)
      case .success(nil): throw .system(.inspect, path, errno: ENOENT)
      case .failure(let error): throw .system(.inspect, path, errno: error.code)
      }
    }
    let list = ReportJournal.encode(oldSideNames)
    if case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.oldList, list) {
      throw .system(.write, paths.sideFolder, errno: error.code)
    }
    let pdf: ReportJournal.Commit.PDF =
      hasPDF ? .publish(identities[3]) : removeOldPDF ? .removeOld : .none
    let commit = ReportJournal.Commit(
      report: report, side: identities[0], results: identities[1], page: identities[2], pdf: pdf)
    if case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.commit, commit.record()) {
      throw .system(.write, paths.sideFolder, errno: error.code)
    }
    _ = fsync(fd)
    return commit
  }

  /// Closes the stage folder (the output folder stays open).
  func close() { DataFilePOSIX.closeQuietly(fd) }
}
