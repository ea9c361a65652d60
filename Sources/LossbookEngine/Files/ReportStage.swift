internal import CPlatform

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A report written in full to a hidden folder inside the output folder, before it is published.
///
/// Layout: `.lossbook-stage-<pid>-<random>/` holding `side/` (the new side folder with its
/// manifest), `page` (the HTML), `results` (the JSON); then, while publishing, `old-list` (the old
/// side files to remove), `commit` (the journal) and `old/` (the previous side folder).
/// Everything in it is lossbook's own; the names are fixed so a later render can finish or
/// remove a stage whose process died (``ReportRecovery``).
struct ReportStage {
  /// The prefix of stage folders, followed by the writer's process id.
  static let prefix = ".lossbook-stage-"
  static let side = Array("side".utf8)
  static let old = Array("old".utf8)
  static let page = Array("page".utf8)
  static let results = Array("results".utf8)
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
          throw .system(.createFolder, OutputPOSIX.display(outPath, name), errno: error.code)
        }
      case .failure(let error):
        lastError = error.code
        if error.code != EEXIST { break attempts }
      }
    }
    throw .system(.createFolder, OutputPOSIX.display(outPath, Array(prefix.utf8)), errno: lastError)
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
    if case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.page, files.html) {
      throw .system(.write, paths.page, errno: error.code)
    }
    _ = fsync(side)
    _ = fsync(fd)
  }

  /// Writes the journal: the old side files to remove, then the `commit` file naming the report
  /// and the new side folder. From here on, a later render finishes the publication.
  func writeJournal(report: [UInt8], oldSideNames: [[UInt8]], paths: ReportPaths) throws(OutputError) {
    let sideEntry: OutputPOSIX.Entry
    switch OutputPOSIX.entry(fd, Self.side) {
    case .success(let entry?): sideEntry = entry
    case .success(nil): throw .system(.inspect, paths.sideFolder, errno: ENOENT)
    case .failure(let error): throw .system(.inspect, paths.sideFolder, errno: error.code)
    }
    let list = ReportJournal.encode(oldSideNames)
    if case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.oldList, list) {
      throw .system(.write, paths.sideFolder, errno: error.code)
    }
    let commit = ReportJournal.commitRecord(report: report, side: sideEntry.identity)
    if case .failure(let error) = OutputPOSIX.writeNewFile(fd, Self.commit, commit) {
      throw .system(.write, paths.sideFolder, errno: error.code)
    }
    _ = fsync(fd)
  }

  /// Closes the stage folder (the output folder stays open).
  func close() { DataFilePOSIX.closeQuietly(fd) }
}

/// The journal files of a stage: names as hexadecimal lines, so any byte in a name survives.
enum ReportJournal {
  /// One name per line, in hexadecimal.
  static func encode(_ names: [[UInt8]]) -> [UInt8] {
    Array(names.map(hex).map { $0 + "\n" }.joined().utf8)
  }

  /// The names of ``encode(_:)``; lines that are not hexadecimal are skipped.
  static func decode(_ bytes: [UInt8]) -> [[UInt8]] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { unhex(String($0)) }
  }

  /// The `commit` record: a marker line, the report name, the new side folder's device and inode.
  static func commitRecord(report: [UInt8], side: AtomicFolder.FileIdentity) -> [UInt8] {
    Array("lossbook-commit 1\n\(hex(report))\n\(side.device) \(side.inode)\n".utf8)
  }

  /// The report name and side folder identity of a `commit` record, or nil when it is damaged.
  static func readCommit(_ bytes: [UInt8]) -> (report: [UInt8], side: AtomicFolder.FileIdentity)? {
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= 3, lines[0] == "lossbook-commit 1", let report = unhex(String(lines[1])), !report.isEmpty
    else { return nil }
    let numbers = lines[2].split(separator: " ").compactMap { UInt64($0) }
    guard numbers.count == 2 else { return nil }
    return (report, AtomicFolder.FileIdentity(device: numbers[0], inode: numbers[1]))
  }

  /// Bytes as lowercase hexadecimal.
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
  }

  /// The bytes of a hexadecimal string, or nil when it is not one.
  static func unhex(_ text: String) -> [UInt8]? {
    let chars = Array(text.utf8)
    guard chars.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    var index = 0
    while index < chars.count {
      guard let high = nibble(chars[index]), let low = nibble(chars[index + 1]) else { return nil }
      bytes.append(high << 4 | low)
      index += 2
    }
    return bytes
  }

  /// The value of one hexadecimal digit.
  private static func nibble(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
