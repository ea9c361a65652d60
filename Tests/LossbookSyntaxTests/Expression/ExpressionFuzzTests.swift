import Foundation
import LossbookSyntax
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

    /// Parses `text` and, if it parses, exercises every other entry point.
    private func exercise(_ text: String) {
        let count = text.count
        let expression: Expression
        do {
            expression = try Expression(parsing: text)
        } catch {
            #expect(error.offset >= 0 && error.length >= 0 && error.offset + error.length <= count,
                    "bad error position for \(text.debugDescription): \(error)")
            #expect(!error.message.isEmpty)
            return
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
        _ = try? expression.evaluateWithGradient(variables: names, values: names.map(value)) { reference throws(ExpressionError) in
            value(reference.dotted)
        }
        if let compiled = try? expression.compile(binding: { reference throws(ExpressionError) in
            names.firstIndex(of: reference.dotted) ?? 0
        }), let number = tree?.asNumber, !names.contains("size") {
            let fast = compiled.evaluate(names.map(value))
            #expect(ExpressionTestSupport.same(fast, number), "compiled vs tree for \(text.debugDescription)")
        }
    }

    @Test("random byte strings")
    func randomBytes() {
        var random = ExpressionSplitMix64(seed: 0xB17E5)
        let interesting = Array("0123456789.eEKMBT+-*/^<>=!()\",\\ _abxyz".utf8)
        for _ in 0..<1500 {
            let length = random.below(40)
            let bytes = (0..<length).map { _ in
                random.below(3) == 0 ? UInt8(truncatingIfNeeded: random.next()) : random.pick(interesting)
            }
            exercise(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test("random token soups")
    func tokenSoups() {
        var random = ExpressionSplitMix64(seed: 0x70_C3A5)
        for _ in 0..<2000 {
            let length = 1 + random.below(14)
            var text = ""
            for _ in 0..<length {
                text += random.pick(Self.vocabulary)
                if random.below(2) == 0 { text += " " }
            }
            exercise(text)
        }
    }

    @Test("mutated valid expressions")
    func mutations() {
        var random = ExpressionSplitMix64(seed: 0x3D_7A7E)
        let alphabet = Array("0123456789.eKMBT+-*/^<>=!(),\" xyz-_")
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
            exercise(String(chars))
        }
    }

    @Test("the deepest accepted expressions work on a 512 KiB stack")
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
                    let gradient = try expression.evaluateWithGradient(variables: ["x"], values: [0.5]) { _ throws(ExpressionError) in 0 }
                    let compiled = try expression.compile { _ throws(ExpressionError) in 0 }
                    let same = expression == (try Expression(parsing: text))
                    outcome.results.append("ok \(value.asNumber ?? .nan) \(gradient.value) \(compiled.evaluate([0.5])) \(same) \(expression.canonical.count > 0)")
                } catch {
                    outcome.results.append("error \(error.message)")
                }
            }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(outcome.results.count == texts.count)
        #expect(outcome.results.prefix(5).allSatisfy { $0.hasPrefix("ok") }, "\(outcome.results)")
        #expect(outcome.results.last == "error expression is nested too deeply (the limit is 200 levels)")
    }
}
