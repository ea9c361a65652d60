/// A CSV or TSV file read column by column: each column is all numbers (missing cells are NaN)
/// or, when any cell is text, all text exactly as written.
public struct CSVColumns: Sendable, Equatable {
  /// What one column holds.
  public enum Values: Sendable, Equatable {
    /// Every cell is a number or missing (NaN).
    case numbers([Double])
    /// At least one cell is text; every cell is kept as written.
    case text([String])
  }

  /// The column names, in file order.
  public var header: [String]
  /// The columns, in file order, each `rowCount` long.
  public var values: [Values]
  /// The number of records after the header.
  public var rowCount: Int
}
