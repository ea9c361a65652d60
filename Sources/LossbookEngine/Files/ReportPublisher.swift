import LossbookWords

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Publishes one report so that a reader, a crash or a second render never sees page and side
/// files from different runs, and no file lossbook did not write is touched.
///
/// 1. Every file is written and synced into a stage folder inside the output folder.
/// 2. The output folder is locked (``OutputFolderLock``); stages of dead renders are finished or
///    removed (``ReportRecovery``); the previous manifest says what may be replaced
///    (``ReportClaim``).
/// 3. A journal is written, then the side folder, the PDF (`--to pdf`), the results file and the
///    page are each swapped with the old one by `renameat2(RENAME_EXCHANGE)`, back to back (about
///    0.1 ms here: no old file is freed in between, which costs milliseconds on ext4); a PDF of
///    the previous render that this one did not print is moved into the stage, so removed.
/// 4. The old files and the stage are removed; the lock is released.
///
/// Any failure before step 3 removes the stage and leaves the previous report as it was.
public struct ReportPublisher: Sendable {
  /// Where the report goes.
  public let paths: ReportPaths
  /// How long to wait for another render publishing into the same folder.
  public let lockWait: Duration

  /// Creates a publisher for report `paths`.
  public init(paths: ReportPaths, lockWait: Duration = .seconds(60)) {
    self.paths = paths
    self.lockWait = lockWait
  }

  /// Writes and publishes `files`.
  public func publish(_ files: ReportFiles) throws(OutputError) {
    let out = try openOutputFolder()
    defer { DataFilePOSIX.closeQuietly(out) }
    let temporaries = OutputTemporaries.shared
    let (stage, key) = try temporaries.holding { registry throws(OutputError) in
      let stage = try ReportStage.create(in: out, outPath: paths.folder)
      let key = registry.add(out: out, stage: stage.name)
      do throws(OutputError) {
        try stage.write(files, paths: paths)
      } catch {
        ReportCommit.clean(out: out, name: stage.name)
        registry.remove(key)
        stage.close()
        throw error
      }
      return (stage, key)
    }
    defer { stage.close() }
    let claim: ReportClaim
    do {
      try OutputFolderLock.acquire(out, path: paths.folder, waiting: lockWait)
      try ReportRecovery.sweep(out: out, outPath: paths.folder)
      claim = try ReportClaim.read(out: out, outPath: paths.folder, name: Array(paths.name.utf8))
    } catch {
      OutputFolderLock.release(out)
      try temporaries.holding { registry throws(OutputError) in
        ReportCommit.clean(out: out, name: stage.name)
        registry.remove(key)
      }
      throw error
    }
    defer { OutputFolderLock.release(out) }
    try temporaries.holding { registry throws(OutputError) in
      defer { registry.remove(key) }
      try commit(stage, claim: claim, out: out)
    }
  }

  /// Writes the journal and swaps the staged report in, then removes the stage. A failure before
  /// the journal removes the stage; after it, the stage is left for the next render to finish.
  private func commit(_ stage: ReportStage, claim: ReportClaim, out: Int32) throws(OutputError) {
    let report = Array(paths.name.utf8)
    let journal: ReportJournal.Commit
    do {
      journal = try stage.writeJournal(
        report: report, oldSideNames: claim.oldSideNames, removeOldPDF: claim.pdfExists, paths: paths)
    } catch {
      ReportCommit.clean(out: out, name: stage.name)
      throw error
    }
    do {
      try ReportCommit.finish(out: out, stageFD: stage.fd, commit: journal, paths: paths)
    } catch {
      throw OutputError(
        message: Words.diagnostic(.output(.publicationBegun(message: error.message, folder: paths.folder))),
        help: error.help)
    }
    ReportCommit.clean(out: out, name: stage.name)
  }

  /// Creates the output folder and its missing parents, then opens it.
  private func openOutputFolder() throws(OutputError) -> Int32 {
    switch AtomicFolder.open(creating: Array(paths.folder.utf8)) {
    case .success(let folder): return folder.fd
    case .failure(let error): throw .system(.createFolder, paths.folder, errno: error.code)
    }
  }
}
