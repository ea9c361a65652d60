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

  /// The `commit` record: the report and the identities of what is to be published.
  struct Commit: Equatable {
    /// The report name.
    var report: [UInt8]
    /// The staged side folder, results file and page, told apart by identity from the old ones
    /// swapped into the stage in their place.
    var side: AtomicFolder.FileIdentity
    var results: AtomicFolder.FileIdentity
    var page: AtomicFolder.FileIdentity
    /// What happens to `<name>.pdf`.
    var pdf: PDF

    /// What a commit does with the report's PDF (`render --to pdf`).
    enum PDF: Equatable {
      /// Nothing: there is none, before or after.
      case none
      /// The staged PDF with this identity is published.
      case publish(AtomicFolder.FileIdentity)
      /// The earlier render's PDF is removed: this render printed none.
      case removeOld
    }

    /// The record's bytes: a marker line, the report name in hexadecimal, then one
    /// `device inode` line each for the side folder, the results file and the page. A commit
    /// that touches a PDF is marked `lossbook-commit 3` and has a sixth line: the staged PDF's
    /// `device inode`, or `remove` for the old one.
    func record() -> [UInt8] {
      var lines = [ReportJournal.hex(report)] + [side, results, page].map { "\($0.device) \($0.inode)" }
      switch pdf {
      case .none: lines.insert("lossbook-commit 2", at: 0)
      case .publish(let id): lines = ["lossbook-commit 3"] + lines + ["\(id.device) \(id.inode)"]
      case .removeOld: lines = ["lossbook-commit 3"] + lines + ["remove"]
      }
      return Array(lines.map { $0 + "\n" }.joined().utf8)
    }

    /// The commit of a record, or nil when it is damaged.
    init?(record bytes: [UInt8]) {
      let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
      let version3 = lines.count == 6 && lines[0] == "lossbook-commit 3"
      guard version3 || (lines.count == 5 && lines[0] == "lossbook-commit 2"),
        let report = ReportJournal.unhex(lines[1]), !report.isEmpty
      else { return nil }
      var pdf = PDF.none
      if version3 {
        if lines[5] == "remove" {
          pdf = .removeOld
        } else {
          guard let id = Self.identity(lines[5]) else { return nil }
          pdf = .publish(id)
        }
      }
      var identities: [AtomicFolder.FileIdentity] = []
      for line in lines[2..<5] {
        guard let id = Self.identity(line) else { return nil }
        identities.append(id)
      }
      self.init(report: report, side: identities[0], results: identities[1], page: identities[2], pdf: pdf)
    }

    /// A `device inode` line.
    private static func identity(_ line: String) -> AtomicFolder.FileIdentity? {
      let numbers = line.split(separator: " ").compactMap { UInt64($0) }
      guard numbers.count == 2 else { return nil }
      return AtomicFolder.FileIdentity(device: numbers[0], inode: numbers[1])
    }

    /// Creates a commit.
    init(
      report: [UInt8], side: AtomicFolder.FileIdentity, results: AtomicFolder.FileIdentity,
      page: AtomicFolder.FileIdentity, pdf: PDF = .none
    ) {
      self.report = report
      self.side = side
      self.results = results
      self.page = page
      self.pdf = pdf
    }
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
