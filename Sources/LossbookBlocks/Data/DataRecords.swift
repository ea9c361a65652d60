import LossbookCore
import LossbookEngine
import LossbookWords

/// Turns JSON records (an array of objects, or JSON lines of objects) into a table.
///
/// Columns come in the order their names first appear. A column is numeric when every value in it
/// is a number or null (null and absent values are missing); otherwise it is text, with numbers in
/// their shortest exact form, `true`/`false`, and empty text for null and absent values.
enum DataRecords {
  /// Why records could not become a table, naming the record.
  struct Problem: Error {
    var reason: DataProblem
    var message: String { Words.diagnostic(.data(reason)) }
  }

  /// The table of `records`; `label(i)` names record `i` in messages ("record 3", "line 7").
  static func table(_ records: [JSONValue], label: (Int) -> DataRecordLabel) throws(Problem) -> DataTable {
    var names: [String] = []
    var index: [String: Int] = [:]
    for (i, record) in records.enumerated() {
      guard case .object(let members) = record else {
        throw Problem(reason: .recordNotAnObject(label(i), kind(of: record)))
      }
      for (name, value) in members {
        switch value {
        case .object, .array:
          throw Problem(reason: .recordNested(label(i), kind(of: value), name: name))
        default: break
        }
        if index[name] == nil {
          index[name] = names.count
          names.append(name)
        }
      }
    }
    guard !names.isEmpty else { throw Problem(reason: .noRecordColumns) }
    var cells = [[JSONValue]](repeating: [JSONValue](repeating: .null, count: records.count), count: names.count)
    for (i, record) in records.enumerated() {
      if case .object(let members) = record {
        for (name, value) in members { if let j = index[name] { cells[j][i] = value } }
      }
    }
    return DataTable(columns: zip(names, cells).map { column($0, $1) })
  }

  /// One column, numeric when it can be.
  private static func column(_ name: String, _ values: [JSONValue]) -> DataColumn {
    let numeric = values.allSatisfy { v in
      switch v {
      case .number, .null: true
      default: false
      }
    }
    if numeric { return DataColumn(name, numbers: values.map { $0.number ?? .nan }) }
    return DataColumn(name, text: values.map(text))
  }

  /// A value as the text of a cell.
  private static func text(_ value: JSONValue) -> String {
    switch value {
    case .string(let s): s
    case .number(let x): LossbookNumberFormat.csv(x)
    case .bool(let b): b ? "true" : "false"
    default: ""
    }
  }

  /// The kind of a JSON value, for messages.
  static func kind(of value: JSONValue) -> JSONKind {
    switch value {
    case .null: .null
    case .bool: .bool
    case .number: .number
    case .string: .text
    case .array: .list
    case .object: .object
    }
  }
}
