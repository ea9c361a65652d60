import LossbookSyntax
import LossbookTestSupport
import Testing

@Suite("Compiled expressions")
struct CompiledExpressionTests {
  static let names = ["x", "y", "z", "params.eta", "mmlu-fit.b"]

  static func slot(_ reference: ExpressionReference) throws(ExpressionError) -> Int {
    guard let index = names.firstIndex(of: reference.dotted) else {
      throw ExpressionError("unknown column '\(reference.dotted)'")
    }
    return index
  }

  static let expressions = [
    "x + y * z - params.eta / mmlu-fit.b", "-x ^ 2 + +y", "x ^ y ^ 0.5", "log(x) + log10(y) + exp(z)",
    "sqrt(x) * abs(y) - sin(z) + cos(x) * tan(y) + atan(z)", "min(x, y, z) + max(x, y) * 2",
    "min(x, 0/0)", "max(0/0, x)", "clamp(x, y, z)", "hinge(y - x) + sigmoid(z)", "pow(x, y) + pi - e",
    "x > y and y <= z or not (z == x)", "x != y", "x >= 0.5", "x < 2.385", "(x > y) * 300M + 1e-4",
    "x / (y - y)", "not x", "x or 0", "2.385",
  ]

  @Test("compiled evaluation equals tree evaluation", arguments: expressions)
  func matchesTree(text: String) throws {
    let expression = try Expression(parsing: text)
    let compiled = try expression.compile(binding: Self.slot)
    var random = SplitMix64(seed: 0x5EED_0000 &+ UInt64(text.count))
    let specials: [Double] = [0, -0.0, 1, -1, .nan, .infinity, -.infinity, 1e-300, 2.385, 0.5]
    for _ in 0..<200 {
      let row = Self.names.indices.map { _ in
        random.below(5) == 0 ? random.pick(specials) : random.double(-4, 4)
      }
      let tree = try expression.evaluate { reference throws(ExpressionError) in
        .number(row[try Self.slot(reference)])
      }
      let fast = compiled.evaluate(row)
      #expect(ExpressionTestSupport.same(fast, tree.asNumber ?? 42), "\(text) on \(row)")
    }
  }

  @Test("slot count and binding order")
  func slots() throws {
    var seen: [String] = []
    let compiled = try Expression(parsing: "z * x + z").compile { reference throws(ExpressionError) in
      seen.append(reference.dotted)
      return try Self.slot(reference)
    }
    #expect(seen == ["z", "x", "z"])
    #expect(compiled.slotCount == 3)
    #expect(compiled.evaluate([2.5, 0, 4]) == 14)
    #expect(try Expression(parsing: "1 + 2").compile(binding: Self.slot).slotCount == 0)
  }

  @Test("a slot outside the buffer reads as nan")
  func missingSlot() throws {
    let compiled = try Expression(parsing: "z + 1").compile(binding: Self.slot)
    #expect(compiled.evaluate([1]).isNaN)
    #expect(compiled.evaluate([]).isNaN)
  }

  @Test("compile errors: strings, unknown names, negative slots")
  func errors() throws {
    #expect(
      throws: ExpressionError(
        message: "compiled expressions work on numbers only, found the string \"1B\"", offset: 5, length: 4)
    ) {
      try Expression(parsing: "x == \"1B\"").compile(binding: Self.slot)
    }
    #expect(throws: ExpressionError(message: "unknown column 'w'", offset: 4, length: 1)) {
      try Expression(parsing: "x + w").compile(binding: Self.slot)
    }
    #expect(throws: ExpressionError(message: "invalid slot -1 for 'x'", offset: 0, length: 1)) {
      try Expression(parsing: "x").compile { _ throws(ExpressionError) in -1 }
    }
  }

  @Test("100,000 rows through an unsafe buffer")
  func manyRows() throws {
    let compiled = try Expression(parsing: "1.69 + 406.4 / x^0.34 + 410.7 / y^0.28").compile(binding: Self.slot)
    let rows = 100_000
    var columns = [Double](repeating: 0, count: rows * 2)
    for row in 0..<rows {
      columns[2 * row] = 1e6 + Double(row) * 1e4
      columns[2 * row + 1] = 2e9 + Double(row) * 1e5
    }
    var total = 0.0
    columns.withUnsafeBufferPointer { buffer in
      for row in 0..<rows {
        total += compiled.evaluate(UnsafeBufferPointer(rebasing: buffer[(2 * row)..<(2 * row + 2)]))
      }
    }
    #expect(total.isFinite && total > 1.69 * Double(rows))
  }
}
