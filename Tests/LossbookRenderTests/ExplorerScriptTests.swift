import LossbookRender
import Testing

/// The explorer's one inline script stays small and harmless (TEACHING X5).
@Suite struct ExplorerScriptTests {
  @Test func atMostFourKilobytes() {
    #expect(ExplorerScript.source.utf8.count <= 4096, "\(ExplorerScript.source.utf8.count) bytes")
  }

  @Test func noEvalNoNetwork() {
    for banned in [
      "eval(", "Function(", "fetch(", "XMLHttpRequest", "import(", "WebSocket", "innerHTML", "setTimeout(\"",
    ] {
      #expect(!ExplorerScript.source.contains(banned), "\(banned)")
    }
  }

  @Test func thePolicyAllowsExactlyItsBytes() {
    #expect(ExplorerScript.hashSource == CSPHash.source(of: ExplorerScript.source))
    #expect(ExplorerScript.hashSource.hasPrefix("'sha256-") && ExplorerScript.hashSource.count == 53)
  }
}
