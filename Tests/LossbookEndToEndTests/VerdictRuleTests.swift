import Foundation
import LossbookTestSupport
import Testing

/// Issue 13: a report names the verdict rule it used and, when the other rule would decide
/// differently, what that rule says; an explanation's details end in the methods' assumptions.
@Suite struct VerdictRuleTests {
  /// A hinge whose flat part sits at 35% while the notebook says guessing is 25%: the default
  /// rule reads the chance level and does not call it emergent; W1's rule reads only sup-F and
  /// the BICs and does.
  static func notebook(rule: String) -> String {
    """
    ```family f
    law: chinchilla
    sizes: [300M, 1B, 6B]
    tokens: {from: 20B, to: 2T, checkpoints: 20, spacing: log}
    tasks:
      - {name: T, shape: hinge, random: 0.35, eta: 2.3, slope: 1, items: 1000}
    ```

    ```threshold t
    table: f
    x: loss
    y: T
    random: 0.25
    bootstrap: 199
    ci: {replicates: 50}
    verdict_rule: \(rule)
    ```

    ```explain e
    of: t
    task: T
    metric: accuracy
    options: 4
    items: 1000
    ```
    """
  }

  func result(_ json: String) throws -> [String: Any] {
    let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let blocks = try #require(root["blocks"] as? [String: Any])
    let t = try #require(blocks["t"] as? [String: Any])
    return try #require(t["result"] as? [String: Any])
  }

  @Test func theDefaultRuleSaysWhatW1sWouldSay() throws {
    let r = try NotebookRunner.render(Self.notebook(rule: "stats"))
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let t = try result(try #require(r.json))
    #expect(t["verdict"] as? String != "emergent")
    #expect(t["verdict_rule"] as? String == "stats")
    let other = try #require(t["other_rule"] as? [String: Any])
    #expect(other["rule"] as? String == "w1")
    #expect(other["verdict"] as? String == "emergent")
    let html = try #require(r.html)
    #expect(html.contains("<th scope=\"row\">verdict rule</th><td>the default: the chance level"))
    #expect(html.contains("would say “emergent”"))
  }

  @Test func w1sRuleIsNamedWithTheDefaultsVerdict() throws {
    let r = try NotebookRunner.render(Self.notebook(rule: "w1"))
    #expect(!r.outcome.failed, "\(r.outcome.diagnostics.map(\.message))")
    let t = try result(try #require(r.json))
    #expect(t["verdict"] as? String == "emergent")
    #expect(t["verdict_rule"] as? String == "w1")
    let other = try #require(t["other_rule"] as? [String: Any])
    #expect(other["rule"] as? String == "stats")
    let otherVerdict = try #require(other["verdict"] as? String)
    #expect(otherVerdict != "emergent")
    let html = try #require(r.html)
    #expect(html.contains("W1&#39;s (verdict_rule: w1)"))
    #expect(html.contains("would say “\(otherVerdict)”"))
  }

  /// The details for statisticians state the noise model, why sup-F's p-value is simulated,
  /// the independence assumed, and the multiple testing.
  @Test func theDetailsStateTheAssumptions() throws {
    let r = try NotebookRunner.render(Self.notebook(rule: "stats"))
    let html = try #require(r.html)
    let details = try #require(html.range(of: "lb-explain-details")).upperBound
    let tail = String(html[details...])
    #expect(tail.contains("Gaussian noise of one variance"))
    #expect(tail.contains("binomial"))
    #expect(tail.contains("does not follow an F distribution"))
    #expect(tail.contains("199 straight lines drawn with the fitted noise"))
    #expect(tail.contains("not independent") || tail.contains("treat rows as independent"))
    // One block, three tests (sup-F, Davies, OLS-CUSUM), adjusted together by Holm's method.
    #expect(tail.contains("The notebook ran 3 tests; the verdict used the p-value adjusted over all of them by Holm"))
  }
}
