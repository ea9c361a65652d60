import LossbookEngine
import LossbookSyntax
import LossbookWords

/// The file formats a `data` block reads.
enum DataFormat: String, CaseIterable, Sendable {
  case csv, tsv, json, jsonl
  case lmEval = "lm-eval"

  /// The format a file name implies: `.tsv`/`.tab` TSV, `.json` JSON records, `.jsonl`/`.ndjson`
  /// JSON lines; anything else CSV.
  static func implied(by path: String) -> DataFormat {
    let lower = path.lowercased()
    if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tsv }
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
    if lower.hasSuffix(".json") { return .json }
    return .csv
  }

  /// The names, for messages: "csv, tsv, json, jsonl, lm-eval".
  static var known: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// The `format:` field: one of ``DataFormat``, or an error naming the formats known.
struct DataFormatField: Decodable, Sendable {
  var value: DataFormat

  /// Reads the name, in any case.
  init(from decoder: Decoder) throws {
    let written = try decoder.singleValueContainer().decode(String.self)
    guard let format = DataFormat(rawValue: written.lowercased()) else {
      let all = DataFormat.allCases.map(\.rawValue)
      throw SpecValueError(
        Words.diagnostic(.data(.unknownFormat(written, known: DataFormat.known))),
        help: Diagnostic.didYouMean(written, among: all) ?? Words.diagnostic(.data(.formatHelp)),
        id: DataDiagnostics.unknownFormat)
    }
    value = format
  }
}
