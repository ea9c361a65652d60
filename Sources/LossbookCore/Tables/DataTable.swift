/// An ordered list of named columns of numbers or text: what `family` and `data` make.
public struct DataTable: Sendable, Equatable {
  public private(set) var columns: [DataColumn]
  public let rowCount: Int
  /// Display names of columns and of text values (a family's `labels:`), which blocks reading
  /// the table show instead of the raw name unless they have their own; the CSV and the
  /// results file keep the names.
  public var displayNames: [String: String] = [:]

  /// Builds a table; every column must have `rowCount` values.
  public init(columns: [DataColumn]) {
    self.columns = columns
    self.rowCount = columns.first?.count ?? 0
    precondition(columns.allSatisfy { $0.count == rowCount }, "columns of unequal length")
  }

  public var columnNames: [String] { columns.map(\.name) }

  public func column(_ name: String) -> DataColumn? { columns.first { $0.name == name } }

  /// The numbers of a numeric column, or nil when absent or text.
  public func numbers(_ name: String) -> [Double]? {
    if case .numbers(let v)? = column(name)?.values { return v }
    return nil
  }

  /// The rows whose index passes `keep`, in order.
  public func filtered(_ keep: [Bool]) -> DataTable {
    var out = DataTable(columns: columns.map { $0.filtered(keep) })
    out.displayNames = displayNames
    return out
  }

  /// The table with a column added, or replaced if one of that name exists.
  public func setting(_ column: DataColumn) -> DataTable {
    var cols = columns
    if let i = cols.firstIndex(where: { $0.name == column.name }) { cols[i] = column } else { cols.append(column) }
    var out = DataTable(columns: cols)
    out.displayNames = displayNames
    return out
  }

  /// The table as RFC 4180 CSV, numbers in their shortest exact form. With `formulas:
  /// .quote` (the default), text cells and column names that a spreadsheet would run as a
  /// formula get a leading `'` (`CSVFormulaCells`); numbers are never changed.
  public func csv(formulas: CSVFormulaCells = .quote) -> String {
    let field = { (s: String) in Self.csvField(formulas == .quote ? CSVFormulaCells.quoted(s) : s) }
    var out = columns.map { field($0.name) }.joined(separator: ",") + "\n"
    // Appended cell by cell, without a temporary array per row: a family of 100,000
    // checkpoints writes 1.6 million cells.
    out.reserveCapacity(out.utf8.count + rowCount * columns.count * 12)
    for r in 0..<rowCount {
      for (j, c) in columns.enumerated() {
        if j > 0 { out += "," }
        switch c.values {
        case .numbers(let v): out += LossbookNumberFormat.csv(v[r])
        case .text(let v): out += field(v[r])
        }
      }
      out += "\n"
    }
    return out
  }

  private static func csvField(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }
}

/// One named column of a table.
public struct DataColumn: Sendable, Equatable {
  public enum Values: Sendable, Equatable {
    case numbers([Double])
    case text([String])
  }

  public var name: String
  public var values: Values

  public init(_ name: String, numbers: [Double]) {
    self.name = name
    self.values = .numbers(numbers)
  }

  public init(_ name: String, text: [String]) {
    self.name = name
    self.values = .text(text)
  }

  public var count: Int {
    switch values {
    case .numbers(let v): v.count
    case .text(let v): v.count
    }
  }

  public var isNumeric: Bool {
    if case .numbers = values { return true }
    return false
  }

  func filtered(_ keep: [Bool]) -> DataColumn {
    var c = self
    switch values {
    case .numbers(let v): c.values = .numbers(zip(v, keep).filter(\.1).map(\.0))
    case .text(let v): c.values = .text(zip(v, keep).filter(\.1).map(\.0))
    }
    return c
  }
}
