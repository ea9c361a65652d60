import Foundation
import LossbookTestSupport
import Testing

/// Every committed results file follows `docs/results.schema.json`, and the validator behind
/// that check rejects what the schema forbids.
@Suite struct ResultsSchemaTests {
  static let schemaPath = packageRoot + "/docs/results.schema.json"

  /// The results files in `Output/`, relative to it: each `.json` beside a report of its name.
  static let resultsFiles: [String] = {
    let all = Set((try? FileManager.default.subpathsOfDirectory(atPath: packageRoot + "/Output")) ?? [])
    return all.filter { $0.hasSuffix(".json") && all.contains(String($0.dropLast(5)) + ".html") }.sorted()
  }()

  static func schema() throws -> JSONSchema {
    try JSONSchema(data: Data(contentsOf: URL(fileURLWithPath: schemaPath)))
  }

  @Test func theCommittedReportsAreFound() {
    #expect(Self.resultsFiles.count >= 8, "\(Self.resultsFiles)")
  }

  @Test(arguments: resultsFiles)
  func followsTheSchema(_ name: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: packageRoot + "/Output/" + name))
    let document = try JSONSerialization.jsonObject(with: data)
    let violations = try Self.schema().validate(document)
    #expect(violations.isEmpty, "\(name):\n\(violations.prefix(10).map(\.description).joined(separator: "\n"))")
  }

  /// A document that breaks the schema in five ways gets five violations, each at its place;
  /// Python's `jsonschema` 4.26 reports the same five (`Scripts/reference/check_results_schema.py`).
  @Test func theValidatorFindsWhatTheSchemaForbids() throws {
    let broken = """
      {"lossbook": "0.1.0", "schema": 2, "notebook": "/abs/x.md", "seed": 2024, "params": {},
       "extra": true,
       "blocks": {"f": {"kind": "fit", "line": 3, "status": "ok",
         "result": {"table": "t", "x": "loss", "y": "s", "n": 10, "criterion": "bic", "best": "linear",
           "models": {"linear": {"params": {"b0": {"se": 1}}, "rss": 1, "sigma": 1, "dof": 8, "aic": 1,
             "bic": 1, "r2": 0.5, "converged": "yes", "iterations": 3, "status": "ok"}}}},
         "t": {"kind": "threshold", "line": 9, "status": "error"}}}
      """
    let violations = try Self.schema().validate(JSONSerialization.jsonObject(with: Data(broken.utf8)))
    let found = Set(violations.map(\.description))
    #expect(found.contains("/: unexpected property 'extra'"), "\(found)")
    #expect(found.contains { $0.hasPrefix("/notebook: '/abs/x.md' does not match") }, "\(found)")
    #expect(found.contains("/blocks/f/result/models/linear/params/b0: missing required 'estimate'"), "\(found)")
    #expect(found.contains("/blocks/f/result/models/linear/converged: expected boolean, found string"), "\(found)")
    #expect(found.contains("/blocks/t: missing required 'error'"), "\(found)")
    #expect(violations.count == 5, "\(found)")
  }
}
