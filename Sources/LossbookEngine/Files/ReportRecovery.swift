import LossbookWords

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finishes or removes the stages of renders that died (killed, or the machine stopped).
enum ReportRecovery {
  /// For every stage folder in `out` whose process is gone: completes its publication when its
  /// journal says it had begun, then removes it. Also removes the temporary files of older
  /// versions (`.lossbook-tmp-<pid>-…`) of dead processes. Stages of live processes are left.
  ///
  /// Must run with the output folder locked. Throws when an interrupted publication cannot be
  /// completed: publishing over it could later be undone by its replay.
  static func sweep(out: Int32, outPath: String) throws(OutputError) {
    guard case .success(let names) = OutputPOSIX.names(in: out) else { return }
    let prefix = Array(ReportStage.prefix.utf8)
    for name in names where name.starts(with: prefix) {
      guard let pid = processID(after: prefix, in: name), !AtomicAbandonedFiles.isAlive(pid),
        case .success(let entry?) = OutputPOSIX.entry(out, name), entry.isFolder,
        case .success(let stage) = OutputPOSIX.openFolder(out, name)
      else { continue }
      defer { DataFilePOSIX.closeQuietly(stage) }
      if let record = OutputPOSIX.readSmallFile(stage, ReportStage.commit, limit: 1 << 16),
        let commit = ReportJournal.Commit(record: record)
      {
        let paths = ReportPaths(folder: outPath, name: String(decoding: commit.report, as: UTF8.self))
        do {
          try ReportCommit.finish(out: out, stageFD: stage, commit: commit, paths: paths)
        } catch {
          let kept = OutputPOSIX.display(outPath, name)
          throw OutputError(
            .interruptedRender(page: paths.page, reason: error.message), help: .interruptedRenderHelp(kept: kept))
        }
      }
      ReportCommit.clean(out: out, name: name)
    }
    AtomicAbandonedFiles.remove(in: outPath)
  }

  /// The process id written after `prefix` in a temporary name (`.lossbook-stage-4242-…`).
  static func processID(after prefix: [UInt8], in name: [UInt8]) -> Int32? {
    let digits = name.dropFirst(prefix.count).prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    guard !digits.isEmpty, digits.count <= 9 else { return nil }
    return Int32(String(decoding: digits, as: UTF8.self)).flatMap { $0 > 0 ? $0 : nil }
  }
}
