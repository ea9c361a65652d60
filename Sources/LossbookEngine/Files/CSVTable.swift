/// A parsed CSV file: one header and records of exactly as many fields.
public struct CSVTable: Sendable, Equatable {
  /// The column names, in file order, trimmed of ASCII spaces and tabs.
  public var header: [String]
  /// The records; every one has `header.count` fields, kept exactly as written.
  public var rows: [[String]]
  /// The 1-based source line where each record starts, for diagnostics.
  public var rowLines: [Int]

  /// Creates a table from already-split parts.
  public init(header: [String], rows: [[String]], rowLines: [Int]) {
    self.header = header
    self.rows = rows
    self.rowLines = rowLines
  }

  /// The index of the column called `name`, or nil.
  public func columnIndex(named name: String) -> Int? {
    header.firstIndex(of: name)
  }

  /// The cells of column `index`, top to bottom.
  public func cells(ofColumn index: Int) -> [String] {
    rows.map { $0[index] }
  }

  /// Numeric when every non-missing cell of column `index` is a number; otherwise text.
  public func kind(ofColumn index: Int) -> CSVColumnKind {
    for row in rows {
      if case .text = CSVValue.classify(row[index]) { return .text }
    }
    return .numeric
  }

  /// The values of a numeric column (nil for missing cells), or nil when the column is text.
  public func numbers(ofColumn index: Int) -> [Double?]? {
    var values: [Double?] = []
    values.reserveCapacity(rows.count)
    for row in rows {
      switch CSVValue.classify(row[index]) {
      case .number(let value): values.append(value)
      case .missing: values.append(nil)
      case .text: return nil
      }
    }
    return values
  }
}

/// Whether a CSV column holds numbers or text.
public enum CSVColumnKind: Sendable, Equatable {
  /// Every non-missing cell is a number (a column of only missing cells counts as numeric).
  case numeric
  /// At least one cell is neither a number nor missing.
  case text
}
