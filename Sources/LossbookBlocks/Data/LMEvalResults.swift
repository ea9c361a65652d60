import LossbookCore
import LossbookEngine
import LossbookWords

/// Reads lm-evaluation-harness result files into tidy rows: one per file, task and metric, with the
/// columns `model`, `step`, `shots`, `task`, `metric`, `value`, `stderr`.
///
/// Both layouts the harness has written are read. Version 0.3: `results.TASK.acc` with
/// `acc_stderr` beside it, `config.model_args` (`pretrained=...,revision=step143000`) and
/// `config.num_fewshot`. Version 0.4: metric keys with a filter (`"acc,none"`, `"acc_stderr,none"`),
/// `n-shot` and `configs.TASK.num_fewshot` per task, group scores under `groups`. A metric under a
/// filter other than `none` keeps it in its name (`exact_match,strict-match`). A missing step,
/// shot count or standard error (or the harness's `"N/A"`) is a missing number.
enum LMEvalResults {
  /// The column names, in order.
  static let columns = ["model", "step", "shots", "task", "metric", "value", "stderr"]

  /// Keys of a task's results that are not metrics.
  private static let notMetrics: Set<String> = ["alias", "name", "sample_len", "sample_count", "samples"]

  /// Why a file is not a harness result file.
  struct Problem: Error {
    var message: String
  }

  /// One tidy row.
  struct Row {
    var model: String
    var step: Double
    var shots: Double
    var task: String
    var metric: String
    var value: Double
    var stderr: Double
  }

  /// The table of rows read from files (in file order, then by task name, then metrics as written).
  static func table(_ rows: [Row]) -> DataTable {
    DataTable(columns: [
      DataColumn("model", text: rows.map(\.model)),
      DataColumn("step", numbers: rows.map(\.step)),
      DataColumn("shots", numbers: rows.map(\.shots)),
      DataColumn("task", text: rows.map(\.task)),
      DataColumn("metric", text: rows.map(\.metric)),
      DataColumn("value", numbers: rows.map(\.value)),
      DataColumn("stderr", numbers: rows.map(\.stderr)),
    ])
  }

  /// The rows of one result file.
  static func rows(of root: JSONValue, path: String) throws(Problem) -> [Row] {
    guard case .object(let results)? = root["results"] else {
      throw Problem(message: Words.diagnostic(.data(.notHarnessFile(path: path))))
    }
    let config = root["config"]
    let arguments = modelArguments(config?["model_args"])
    let model = arguments["pretrained"] ?? root["model_name"]?.text ?? config?["model"]?.text ?? ""
    let revision = arguments["revision"] ?? config?["model_revision"]?.text
    let step = revision.flatMap(stepNumber) ?? .nan
    let defaultShots = config?["num_fewshot"]?.number ?? .nan
    var tasks = results
    let written = Set(results.map(\.0))
    if case .object(let groups)? = root["groups"] { tasks += groups.filter { !written.contains($0.0) } }
    tasks.sort { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
    var out: [Row] = []
    for (task, scores) in tasks {
      guard case .object(let members) = scores else { continue }
      let shots = root["n-shot"]?[task]?.number ?? root["configs"]?[task]?["num_fewshot"]?.number ?? defaultShots
      for (key, value) in members {
        guard let x = value.number else { continue }
        let (metric, filter) = split(key)
        if notMetrics.contains(metric) || metric.hasSuffix("_stderr") { continue }
        let stderrKey = metric + "_stderr" + (filter.map { "," + $0 } ?? "")
        let stderr = scores[stderrKey]?.number ?? .nan
        let name = filter == nil || filter == "none" ? metric : key
        out.append(Row(model: model, step: step, shots: shots, task: task, metric: name, value: x, stderr: stderr))
      }
    }
    return out
  }

  /// `acc,none` → (`acc`, `none`); `acc` → (`acc`, nil).
  private static func split(_ key: String) -> (String, String?) {
    guard let comma = key.firstIndex(of: ",") else { return (key, nil) }
    return (String(key[..<comma]), String(key[key.index(after: comma)...]))
  }

  /// `pretrained=EleutherAI/pythia-160m,revision=step3000` (or the same as an object) as a mapping.
  private static func modelArguments(_ value: JSONValue?) -> [String: String] {
    var out: [String: String] = [:]
    switch value {
    case .string(let s)?:
      for part in s.split(separator: ",") {
        guard let eq = part.firstIndex(of: "=") else { continue }
        let key = part[..<eq].trimmingSpaces
        if out[key] == nil { out[key] = part[part.index(after: eq)...].trimmingSpaces }
      }
    case .object(let members)?:
      for (key, v) in members { if let s = v.text { out[key] = s } }
    default: break
    }
    return out
  }

  /// 143000 from `step143000` (also `global_step143000`); nil for any other revision.
  static func stepNumber(_ revision: String) -> Double? {
    let bytes = Array(revision.utf8)
    var digitsStart = bytes.count
    while digitsStart > 0 && bytes[digitsStart - 1] &- 0x30 < 10 { digitsStart -= 1 }
    let digits = bytes.count - digitsStart
    guard digits > 0, digits <= 15, digitsStart >= 4,
      Array(bytes[(digitsStart - 4)..<digitsStart]) == Array("step".utf8)
    else { return nil }
    return Double(String(decoding: bytes[digitsStart...], as: UTF8.self))
  }
}

extension JSONValue {
  /// The text of a string value, or the shortest form of a number.
  fileprivate var text: String? {
    switch self {
    case .string(let s): s
    case .number(let x): LossbookNumberFormat.csv(x)
    default: nil
    }
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    var s = self
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
