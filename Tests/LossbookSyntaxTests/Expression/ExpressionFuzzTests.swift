import Foundation
import LossbookSyntax
import LossbookTestSupport
import Testing

/// Foundation also declares `Expression`; name ours explicitly in this file.
private typealias Expression = LossbookSyntax.Expression

/// Robustness: random and adversarial inputs must parse or throw, never trap.
@Suite("Expression fuzzing")
struct ExpressionFuzzTests {
  static let vocabulary = [
    "1", "2.385", ".5", "1e-4", "300M", "1.5B", "0", "1e308", "1e999", "5.", "1.2.3", "20k", "x", "y", "loss",
    "fit.params.0", "mmlu-fit.b", "a-b", "a.", "pi", "e", "\"1B\"", "\"a\\\"b\"", "\"", "\\", "+", "-", "*", "/",
    "^", "**", "<", "<=", ">", ">=", "==", "!=", "=", "!", "&&", "and", "or", "not", "(", ")", "(", ")", ",",
    "log", "log10", "exp", "sqrt", "abs", "min", "max", "pow", "sin", "cos", "tan", "atan", "clamp", "hinge",
    "sigmoid", "lgo", "log(", "min(", "max(", "clamp(", " ", " ", "\t", "\n", ".", "#", "é", "😀", "\u{0}",
  ]

  static let seeds = [
    "E + A / x^0.34 + B / y^0.28", "clamp(mmlu-fit.b * 2.385, -1, 1) >= 0.5 and not (x == y)",
    "min(x, y, 300M) / max(1e-4, loss) - sigmoid(-x^2)", "size == \"1B\" or hinge(x - 1.5B) != 0",
  ]

  /// Parses `text` and, if it parses, exercises every other entry point; returns whether it parsed.
  @discardableResult
  private func exercise(_ text: String) -> Bool {
    let count = text.count
    let expression: Expression
    do {
      expression = try Expression(parsing: text)
    } catch {
      #expect(
        error.offset >= 0 && error.length >= 0 && error.offset + error.length <= count,
        "bad error position for \(text.debugDescription): \(error)")
      #expect(!error.message.isEmpty)
      return false
    }
    let canonical = expression.canonical
    #expect((try? Expression(parsing: canonical).canonical) == canonical, "round trip of \(text.debugDescription)")

    let names = Array(Set(expression.references.map(\.dotted))).sorted()
    func value(_ name: String) -> Double { Double(names.firstIndex(of: name) ?? 0) * 0.731 - 0.5 }
    let tree: ExpressionValue?
    do {
      tree = try expression.evaluate { reference throws(ExpressionError) in
        reference.dotted == "size" ? .string("1B") : .number(value(reference.dotted))
      }
    } catch {
      tree = nil
      #expect(error.offset >= 0 && error.offset + error.length <= count)
    }
    _ = try? expression.evaluateWithGradient(variables: names, values: names.map(value)) {
      reference throws(ExpressionError) in
      value(reference.dotted)
    }
    if let compiled = try? expression.compile(binding: { reference throws(ExpressionError) in
      names.firstIndex(of: reference.dotted) ?? 0
    }), let number = tree?.asNumber, !names.contains("size") {
      let fast = compiled.evaluate(names.map(value))
      #expect(ExpressionTestSupport.same(fast, number), "compiled vs tree for \(text.debugDescription)")
    }
    return true
  }

  @Test("random byte strings")
  func randomBytes() {
    var random = SplitMix64(seed: 0xB17E5)
    let interesting = Array("0123456789.eEKMBT+-*/^<>=!()\",\\ _abxyz".utf8)
    var parsed = 0
    for _ in 0..<1500 {
      let length = random.below(40)
      let bytes = (0..<length).map { _ in
        random.below(3) == 0 ? UInt8(truncatingIfNeeded: random.next()) : random.pick(interesting)
      }
      if exercise(String(decoding: bytes, as: UTF8.self)) { parsed += 1 }
    }
    #expect(parsed > 20)
  }

  @Test("random token soups")
  func tokenSoups() {
    var random = SplitMix64(seed: 0x70_C3A5)
    var parsed = 0
    for _ in 0..<2000 {
      let length = 1 + random.below(14)
      var text = ""
      for _ in 0..<length {
        text += random.pick(Self.vocabulary)
        if random.below(2) == 0 { text += " " }
      }
      if exercise(text) { parsed += 1 }
    }
    #expect(parsed > 50)
  }

  @Test("mutated valid expressions")
  func mutations() {
    var random = SplitMix64(seed: 0x3D_7A7E)
    let alphabet = Array("0123456789.eKMBT+-*/^<>=!(),\" xyz-_")
    var parsed = 0
    for _ in 0..<1500 {
      var chars = Array(random.pick(Self.seeds))
      for _ in 0..<(1 + random.below(3)) {
        let position = random.below(chars.count + 1)
        switch random.below(3) {
        case 0 where position < chars.count: chars.remove(at: position)
        case 1: chars.insert(random.pick(alphabet), at: position)
        default:
          if position < chars.count { chars[position] = random.pick(alphabet) }
        }
      }
      if exercise(String(chars)) { parsed += 1 }
    }
    #expect(parsed > 150)
  }

  /// Random well-formed expressions printed with as few parentheses as the
  /// precedence rules allow; parsing must recover exactly the generated structure.
  @Test("generated expressions parse to the intended structure")
  func generated() {
    var generator = ExpressionTextGenerator(seed: 0x6E4E_2A7E)
    for _ in 0..<1200 {
      let (text, canonical, _) = generator.expression(depth: 5)
      #expect(ExpressionTestSupport.canonical(text) == canonical, "\(text)")
      #expect(exercise(text), "\(text)")
    }
  }

  @Test("the deepest accepted expressions work on a 128 KiB stack")
  func smallStack() {
    let depth = Expression.nestingLimit
    let texts = [
      String(repeating: "abs(", count: depth) + "x" + String(repeating: ")", count: depth),
      String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth),
      String(repeating: "-", count: depth) + "x",
      "x" + String(repeating: "^x", count: depth - 1),
      "x" + String(repeating: "+x", count: depth),
      String(repeating: "abs(", count: depth + 5) + "x" + String(repeating: ")", count: depth + 5),
    ]
    final class Outcome: @unchecked Sendable { var results: [String] = [] }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      for text in texts {
        do throws(ExpressionError) {
          let expression = try Expression(parsing: text)
          let value = try expression.evaluate { _ throws(ExpressionError) in .number(0.5) }
          let gradient = try expression.evaluateWithGradient(variables: ["x"], values: [0.5]) {
            _ throws(ExpressionError) in 0
          }
          let compiled = try expression.compile { _ throws(ExpressionError) in 0 }
          let same = expression == (try Expression(parsing: text))
          outcome.results.append(
            "ok \(value.asNumber ?? .nan) \(gradient.value) \(compiled.evaluate([0.5])) \(same) \(expression.canonical.count > 0)"
          )
        } catch {
          outcome.results.append("error \(error.message)")
        }
      }
      done.signal()
    }
    thread.stackSize = 128 * 1024
    thread.start()
    done.wait()
    #expect(outcome.results.count == texts.count)
    #expect(outcome.results.prefix(5).allSatisfy { $0.hasPrefix("ok") }, "\(outcome.results)")
    #expect(outcome.results.last == "error expression is nested too deeply (the limit is 200 levels)")
  }
}

/// Generates random expression text together with its expected canonical form.
private struct ExpressionTextGenerator {
  var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  static let numbers = [
    ("2.385", "2.385"), ("300M", "300000000"), ("1.5B", "1500000000"), ("1e-4", "0.0001"), (".5", "0.5"),
    ("0", "0"), ("17", "17"), ("20K", "20000"), ("0.731", "0.731"),
  ]
  static let names = ["x", "y", "loss", "params.eta", "mmlu-fit.b", "fit.params.0", "pi", "e"]
  static let binary: [(String, Int)] = [
    ("or", 1), ("and", 2), ("<", 4), ("<=", 4), (">", 4), (">=", 4), ("==", 4), ("!=", 4),
    ("+", 5), ("-", 5), ("*", 6), ("/", 6), ("^", 8),
  ]
  static let functions: [(String, Int)] = [
    ("log", 1), ("log10", 1), ("exp", 1), ("sqrt", 1), ("abs", 1), ("sin", 1), ("cos", 1), ("tan", 1),
    ("atan", 1), ("hinge", 1), ("sigmoid", 1), ("pow", 2), ("clamp", 3), ("min", 2), ("max", 3),
  ]

  /// Random whitespace (possibly none).
  mutating func space() -> String {
    ["", "", " ", "  ", "\t"][random.below(5)]
  }

  /// Wraps `text` in parentheses when its precedence is below `needed`.
  mutating func operand(_ part: (String, String, Int), needs needed: Int) -> String {
    part.2 >= needed ? part.0 : "(" + space() + part.0 + space() + ")"
  }

  /// Returns (text, canonical, precedence of the outermost construct; 9 for atoms).
  mutating func expression(depth: Int) -> (String, String, Int) {
    let choice = depth <= 0 ? random.below(2) : random.below(7)
    switch choice {
    case 0:
      let (text, canonical) = random.pick(Self.numbers)
      return (text, canonical, 9)
    case 1:
      let name = random.pick(Self.names)
      return (name, name, 9)
    case 2:
      let inner = expression(depth: depth - 1)
      return ("-" + space() + operand(inner, needs: 7), "(-" + inner.1 + ")", 7)
    case 3:
      let inner = expression(depth: depth - 1)
      return ("not " + operand(inner, needs: 3), "(not " + inner.1 + ")", 3)
    case 4:
      let (name, arity) = random.pick(Self.functions)
      let arguments = (0..<arity).map { _ in expression(depth: depth - 2) }
      let text = name + "(" + arguments.map { space() + $0.0 }.joined(separator: ",") + space() + ")"
      return (text, name + "(" + arguments.map(\.1).joined(separator: ", ") + ")", 9)
    default:
      let (op, precedence) = random.pick(Self.binary)
      let lhs = expression(depth: depth - 1)
      let rhs = expression(depth: depth - 1)
      let leftNeeds: Int
      let rightNeeds: Int
      switch precedence {
      case 8: (leftNeeds, rightNeeds) = (9, 7)  // '^': right-associative, signed exponent
      case 4: (leftNeeds, rightNeeds) = (5, 5)  // comparisons do not chain
      default: (leftNeeds, rightNeeds) = (precedence, precedence + 1)
      }
      let text = operand(lhs, needs: leftNeeds) + " " + op + " " + operand(rhs, needs: rightNeeds)
      return (text, "(" + lhs.1 + " " + op + " " + rhs.1 + ")", precedence)
    }
  }
}
