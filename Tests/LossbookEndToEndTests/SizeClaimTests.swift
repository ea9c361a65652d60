import Foundation
import LossbookTestSupport
import Testing

/// Issue 12: no committed report says that size is not the cause unless a collapse block on the
/// same page says `loss-only`; and the managers' reports do test the claim.
@Suite struct SizeClaimTests {
  static let claims = ["Size is not the cause", "size is not the cause", "モデルの大きさは原因ではありません", "大きさは原因ではない"]

  static func reports() -> [String] {
    let output = packageRoot + "/Output"
    guard let walker = FileManager.default.enumerator(atPath: output) else { return [] }
    var out: [String] = []
    for case let path as String in walker where path.hasSuffix(".html") { out.append(output + "/" + path) }
    return out.sorted()
  }

  /// The verdicts of every collapse block in a results file.
  static func collapseVerdicts(_ json: String) throws -> [String] {
    let data = try Data(contentsOf: URL(fileURLWithPath: json))
    let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let blocks = root?["blocks"] as? [String: Any] ?? [:]
    var out: [String] = []
    for (_, b) in blocks {
      guard let b = b as? [String: Any], b["kind"] as? String == "collapse",
        let r = b["result"] as? [String: Any], let v = r["verdict"] as? String
      else { continue }
      out.append(v)
    }
    return out
  }

  @Test func aClaimThatSizeIsNotTheCauseNeedsALossOnlyVerdict() throws {
    let reports = Self.reports()
    #expect(reports.count >= 7)
    for html in reports {
      let text = try String(contentsOfFile: html, encoding: .utf8)
      guard Self.claims.contains(where: { text.contains($0) }) else { continue }
      let verdicts = try Self.collapseVerdicts(String(html.dropLast(5)) + ".json")
      #expect(verdicts.contains("loss-only"), "\(html) says size is not the cause; its collapse verdicts: \(verdicts)")
    }
  }

  @Test(arguments: ["emergence-for-managers", "ja/shutsugen-nouryoku"])
  func theManagersReportsTestTheClaim(name: String) throws {
    let verdicts = try Self.collapseVerdicts(packageRoot + "/Output/\(name).json")
    #expect(!verdicts.isEmpty)
  }
}
