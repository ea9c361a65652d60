// The speed figures of issue 3, measured on a release build: built only when LOSSBOOK_BENCH
// is set (Scripts/bench does that), so it is never part of `swift build` or `swift test`.
//
// Usage: LossbookBench [epoch-chinchilla CSV]
//   logistic   fits per second of the 4-parameter logistic on 100 points (one LM fit from a
//              fixed start, reused workspace; also the built-in fit with its 10 starts, on
//              logistic data and on straight lines, where it ends at a bound of its box)
//   hinge      microseconds per global hinge fit (exact profile + polish) on 240 points
//   chinchilla milliseconds per Chinchilla fit with the full Hoffmann grid on 245 points
//              (least squares, and Huber delta 1e-3)
import Foundation
import LossbookStats

/// Seconds of CPU time used by this thread.
func threadSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Runs fits that threw (counted, not fatal: a bench measures speed).
nonisolated(unsafe) var failures = 0

/// Runs `body` `count` times and returns the CPU seconds per run (best of 3 batches).
func measure(_ count: Int, _ body: () throws -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<3 {
    let start = threadSeconds()
    for _ in 0..<count {
      do { try body() } catch { failures += 1 }
    }
    best = min(best, (threadSeconds() - start) / Double(count))
  }
  return best
}

func report(_ name: String, _ value: String, _ target: String, _ ok: Bool) {
  print(
    "\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(value) (target \(target))  \(ok ? "ok" : "MISSED")")
}

// Logistic: 50 data sets of 100 points, truth (lo 0.25, hi 0.8, mid 2.5, width 0.1), sd 0.02.
let stream = RandomStream(seed: 42, key: RandomStreamKey(block: "bench", stream: "logistic"))
let x = (0..<100).map { 1.9 + 1.3 * Double($0) / 99 }
let truth = [0.25, 0.8, 2.5, 0.1]
let sets = (0..<50).map { _ in
  x.map { BuiltinModel.logistic.value(at: $0, parameters: truth) + stream.gaussian(sd: 0.02) }
}
let solver = NonlinearLeastSquares()
var options = FitOptions()
options.nonlinear.recordTrace = false
let model = BuiltinModel.logistic.solverModel(x: x)!
var index = 0
let single = measure(20_000) {
  index = (index + 1) % sets.count
  _ = try solver.fit(model, y: sets[index], start: [0.3, 0.7, 2.4, 0.15], options: options.nonlinear)
}
report(
  "logistic, one LM fit (4 params, 100 points)", String(format: "%8.0f fits/s", 1 / single), ">= 25000 fits/s",
  1 / single >= 25_000)
if let r = try? solver.fit(model, y: sets[0], start: [0.3, 0.7, 2.4, 0.15], options: options.nonlinear) {
  print(
    "  (\(r.iterations) iterations, \(r.functionEvaluations) residual and \(r.jacobianEvaluations) Jacobian evaluations per fit)"
  )
}
let builtin = measure(2_000) {
  index = (index + 1) % sets.count
  _ = try BuiltinModel.logistic.fit(x: x, y: sets[index], weights: nil, options: options, solver: solver)
}
report("logistic, built-in fit (10 starts)", String(format: "%8.0f fits/s", 1 / builtin), "none", true)

// The same built-in fit on straight lines (a smooth task): the logistic ends at_bound in its
// default box, as on W1's linear tasks, and no restart is needed.
let lines = (0..<50).map { _ in x.map { 0.9 - 0.3 * ($0 - 1.9) + stream.gaussian(sd: 0.02) } }
let atBound = measure(200) {
  index = (index + 1) % lines.count
  _ = try BuiltinModel.logistic.fit(x: x, y: lines[index], weights: nil, options: options, solver: solver)
}
report("logistic, built-in fit at its bound (line)", String(format: "%8.0f fits/s", 1 / atBound), "none", true)

// Hinge: 20 data sets of 240 points, truth r 0.25, k 0.9, eta 2.2, sd 0.01.
let hx = (0..<240).map { _ in 1.9 + 1.3 * stream.uniform() }
let hingeSets = (0..<20).map { _ in hx.map { 0.25 + 0.9 * max(2.2 - $0, 0) + stream.gaussian(sd: 0.01) } }
let hinge = measure(5_000) {
  index = (index + 1) % hingeSets.count
  _ = try BuiltinModel.hinge.fit(x: hx, y: hingeSets[index], weights: nil, options: options, solver: solver)
}
report("hinge, global fit (240 points)", String(format: "%8.1f µs", hinge * 1e6), "< 50 µs", hinge < 50e-6)

// Chinchilla: Epoch's 245 points (or, without the file, 245 points simulated from Hoffmann's law).
var n: [Double] = []
var d: [Double] = []
var loss: [Double] = []
if CommandLine.arguments.count > 1, let text = try? String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8) {
  for line in text.split(whereSeparator: \.isNewline).dropFirst() {
    let f = line.split(separator: ",").map { Double($0) ?? .nan }
    n.append(f[1])
    d.append(f[3])
    loss.append(f[4])
  }
} else {
  for i in 0..<245 {
    n.append(pow(10, 7.8 + 2.4 * Double(i % 49) / 48))
    d.append(pow(10, 8.4 + 3.1 * Double(i / 49) / 4 + 0.2 * stream.uniform()))
    loss.append(1.69 + 406.4 / pow(n[i], 0.34) + 410.7 / pow(d[i], 0.28) + stream.gaussian(sd: 0.02))
  }
}
let chinchilla = measure(5) {
  _ = try BuiltinModel.chinchilla.fit(predictors: [n, d], y: loss, weights: nil, options: options, solver: solver)
}
report(
  "chinchilla, full grid (\(loss.count) points)", String(format: "%8.1f ms", chinchilla * 1e3), "< 50 ms",
  chinchilla < 50e-3)
var huber = options
huber.huberDelta = 1e-3
let robust = measure(3) {
  _ = try BuiltinModel.chinchilla.fit(predictors: [n, d], y: loss, weights: nil, options: huber, solver: solver)
}
report("chinchilla, full grid, Huber 1e-3", String(format: "%8.1f ms", robust * 1e3), "none", true)
print("fits that threw: \(failures)")
