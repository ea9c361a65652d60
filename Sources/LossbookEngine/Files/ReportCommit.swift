internal import CPlatform

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last step of publishing a staged report, shared by a render and by the recovery of one
/// that died: swap the side folder, the results file and the page with the old ones,
/// then remove what is left of the stage. Every step can be repeated after a crash.
enum ReportCommit {
  /// Moves whatever of the stage (open as `stageFD`) is not yet published into place for
  /// `commit.report` in `out`: the side folder, then the results file, then the page, each
  /// swapped with the old one in one `renameat2(RENAME_EXCHANGE)` (a rename when there is none),
  /// so no old file is freed, and no time lost, between the first swap and the last; finally
  /// syncs `out`. A staged entry whose identity is not the journal's was already swapped.
  static func finish(out: Int32, stageFD: Int32, commit: ReportJournal.Commit, paths: ReportPaths) throws(OutputError) {
    let report = commit.report
    if isStaged(ReportStage.side, commit.side, in: stageFD) {
      try publishSideFolder(out: out, stageFD: stageFD, report: report, paths: paths)
    }
    if case .success(_?) = OutputPOSIX.entry(stageFD, ReportStage.side) {
      let rc = OutputPOSIX.rename(stageFD, ReportStage.side, stageFD, ReportStage.old)
      if rc != 0 { throw .system(.replace, paths.sideFolder, errno: rc) }
    }
    var files = [
      (ReportStage.results, commit.results, ".json", paths.results),
      (ReportStage.page, commit.page, ".html", paths.page),
    ]
    if case .publish(let identity) = commit.pdf { files.insert((ReportStage.pdf, identity, ".pdf", paths.pdf), at: 0) }
    for (staged, identity, suffix, path) in files where isStaged(staged, identity, in: stageFD) {
      let target = report + Array(suffix.utf8)
      let exists: Bool
      switch OutputPOSIX.entry(out, target) {
      case .success(let entry): exists = entry != nil
      case .failure(let error): throw .system(.inspect, path, errno: error.code)
      }
      var rc = OutputPOSIX.rename(
        stageFD, staged, out, target, flags: UInt32(exists ? LB_RENAME_EXCHANGE : LB_RENAME_NOREPLACE))
      if rc == EINVAL || rc == ENOSYS { rc = OutputPOSIX.rename(stageFD, staged, out, target) }
      if rc != 0 { throw .system(.replace, path, errno: rc) }
    }
    if commit.pdf == .removeOld {
      // The earlier render's PDF goes into the stage, which `clean` empties; after a crash
      // there is nothing left to move, or it is moved now.
      let target = report + Array(".pdf".utf8)
      if case .success(_?) = OutputPOSIX.entry(out, target) {
        let rc = OutputPOSIX.rename(out, target, stageFD, ReportStage.pdf)
        if rc != 0 { throw .system(.replace, paths.pdf, errno: rc) }
      }
    }
    _ = fsync(out)
  }

  /// True when `name` in the stage is still the staged entry with `identity` (not yet published).
  private static func isStaged(_ name: [UInt8], _ identity: AtomicFolder.FileIdentity, in stageFD: Int32) -> Bool {
    guard case .success(let entry?) = OutputPOSIX.entry(stageFD, name) else { return false }
    return entry.identity == identity
  }

  /// Puts the staged side folder at `out/report`: an atomic swap with the old folder, or a rename
  /// when there is none. Where the file system cannot swap, the old folder is first moved into
  /// the stage (a reader then briefly sees no side folder, never a mixed one).
  private static func publishSideFolder(out: Int32, stageFD: Int32, report: [UInt8], paths: ReportPaths)
    throws(OutputError)
  {
    let side = ReportStage.side
    let exists: Bool
    switch OutputPOSIX.entry(out, report) {
    case .success(let entry): exists = entry != nil
    case .failure(let error): throw .system(.inspect, paths.sideFolder, errno: error.code)
    }
    var rc = OutputPOSIX.rename(
      stageFD, side, out, report, flags: UInt32(exists ? LB_RENAME_EXCHANGE : LB_RENAME_NOREPLACE))
    if rc == EINVAL || rc == ENOSYS {
      if exists {
        rc = OutputPOSIX.rename(out, report, stageFD, ReportStage.old)
        if rc != 0 { throw .system(.replace, paths.sideFolder, errno: rc) }
      }
      rc = OutputPOSIX.rename(stageFD, side, out, report)
    }
    if rc != 0 { throw .system(.replace, paths.sideFolder, errno: rc) }
  }

  /// Removes the stage folder `name` from `out`: the journal first (so it is never replayed),
  /// then the staged files, the old side files the journal lists, and the folders. Names it does
  /// not know are left where they are, and so is any folder they keep from being empty.
  static func clean(out: Int32, name: [UInt8]) {
    guard case .success(let stage) = OutputPOSIX.openFolder(out, name) else { return }
    defer { DataFilePOSIX.closeQuietly(stage) }
    if OutputPOSIX.removeFile(stage, ReportStage.commit) == 0 { _ = fsync(stage) }
    let oldNames =
      OutputPOSIX.readSmallFile(stage, ReportStage.oldList, limit: 64 << 20).map(ReportJournal.decode) ?? []
    if case .success(let old) = OutputPOSIX.openFolder(stage, ReportStage.old) {
      for file in oldNames + [Array(ReportManifest.fileName.utf8)] { OutputPOSIX.removeFile(old, file) }
      DataFilePOSIX.closeQuietly(old)
    }
    OutputPOSIX.removeEmptyFolder(stage, ReportStage.old)
    if case .success(let side) = OutputPOSIX.openFolder(stage, ReportStage.side) {
      if case .success(let files) = OutputPOSIX.names(in: side) {
        for file in files { OutputPOSIX.removeFile(side, file) }
      }
      DataFilePOSIX.closeQuietly(side)
    }
    OutputPOSIX.removeEmptyFolder(stage, ReportStage.side)
    for file in [ReportStage.page, ReportStage.results, ReportStage.pdf, ReportStage.oldList] {
      OutputPOSIX.removeFile(stage, file)
    }
    OutputPOSIX.removeEmptyFolder(out, name)
  }
}
