import LossbookCore
import LossbookEngine
import Testing

@Suite("Results JSON") struct JSONValueTests {
  @Test func sortedKeysStableNumbersAndEscapes() {
    let v: JSONValue = .object([
      ("b", .number(3)), ("a", .array([.num(0.1), .num(.nan), .number(-0.0), .number(1e21)])),
      ("é", .string("</script>\n\"x\"")), ("B", .bool(true)),
    ])
    #expect(
      v.serialized() == """
        {
          "B": true,
          "a": [0.1, null, 0, 1e+21],
          "b": 3,
          "é": "\\u003c/script>\\n\\"x\\""
        }

        """)
  }

  @Test func paths() {
    let v: JSONValue = .object([("m", .object([("p", .array([.number(1), .number(2)]))]))])
    #expect(v.value(at: ["m", "p", "1"]) == .number(2))
    #expect(v.value(at: ["m", "q"]) == nil)
    #expect(v.value(at: ["m", "p", "7"]) == nil)
  }
}
