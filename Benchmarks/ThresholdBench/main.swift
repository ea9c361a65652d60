// Measures the speed targets of issue 4 on a release build:
//   swift run -c release ThresholdBench [runs]
// 1. 10,000 sup-F bootstrap replicates on 240 points, one thread (target < 50 ms);
// 2. 500 case-bootstrap hinge refits on 240 points, one thread (target < 50 ms);
// 3. PELT on 100,000 points (target < 1 s).
// Each figure is the best and the median CPU time of the measuring thread over the runs
// (default 7), after one warm-up; the 2-thread figures (wall time) are for information.
import Foundation
import LossbookStats

let runs = CommandLine.arguments.count > 1 ? max(Int(CommandLine.arguments[1]) ?? 7, 1) : 7

/// A W1-like task: 240 losses on [1.95, 2.76], MMLU-like hinge at 2.2, binomial(1000) scores.
func task(n: Int, seed: UInt64) -> (x: [Double], y: [Double]) {
  let stream = RandomStream(seed: seed, key: RandomStreamKey(block: "bench", stream: "data"))
  let x = (0..<n).map { _ in 1.95 + 0.81 * stream.uniform() }
  let y = x.map { Double(stream.binomial(p: 0.25 + 0.9 * max(2.2 - $0, 0), trials: 1000)) / 1000 }
  return (x, y)
}

/// Seconds of CPU time used by this thread (the figures of one-thread runs: the machine is
/// shared, so wall time would measure the other builds too).
func threadSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Best and median over `runs` after one warm-up: this thread's CPU time for one-thread
/// runs, wall time when `wall` (the two-thread runs, printed for information).
func measure(_ name: String, target: Double, wall: Bool = false, _ body: () throws -> Void) rethrows {
  try body()
  var times: [Double] = []
  for _ in 0..<runs {
    let start = ContinuousClock.now
    let cpuStart = threadSeconds()
    try body()
    let elapsed = ContinuousClock.now - start
    let cpu = threadSeconds() - cpuStart
    times.append(
      wall ? Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15 : cpu * 1000)
  }
  times.sort()
  let verdict = times[0] < target ? "ok" : "OVER"
  print(
    String(
      format: "%-52@ best %8.2f ms  median %8.2f ms  target %5.0f ms  %@ (%@)", name as NSString, times[0],
      times[times.count / 2], target, verdict, wall ? "wall" : "CPU"))
}

let (x, y) = task(n: 240, seed: 2024)
for threads in [1, 2] {
  let streams = ReplicateStreams(seed: 2024, block: "bench", stream: "supf")
  try measure("sup-F, 10,000 replicates, 240 points, every gap, \(threads) thr", target: 50, wall: threads > 1) {
    _ = try SupFTest(options: .init(replicates: 10_000, threads: threads)).run(x: x, y: y, streams: streams)
  }
  try measure("sup-F, 10,000 replicates, 240 points, grid 100, \(threads) thr", target: 50, wall: threads > 1) {
    _ = try SupFTest(
      options: .init(candidates: .grid(count: 100, from: 0.1, to: 0.9), replicates: 10_000, threads: threads)
    )
    .run(x: x, y: y, streams: streams)
  }
  try measure("case bootstrap, 500 hinge refits, 240 points, \(threads) thr", target: 50, wall: threads > 1) {
    _ = try ThresholdBootstrap(options: .init(replicates: 500, threads: threads)).run(x: x, y: y, streams: streams)
  }
}
let (bigX, bigY) = task(n: 100_000, seed: 7)
let sorted = try ThresholdSample(x: bigX, y: bigY).y
try measure("PELT, 100,000 points, default penalty, min_size 3", target: 1000) {
  _ = try PeltSegmentation().run(sortedY: sorted)
}
let pelt = try PeltSegmentation().run(sortedY: sorted)  // a flat run of ~70,000 points: O(L²)
print("PELT found \(pelt.breakpoints.count - 1) change points (penalty \(pelt.penalty))")

// PELT when changes are spread through the data (a step every 1,000 points on average).
let stepStream = RandomStream(seed: 9, key: RandomStreamKey(block: "bench", stream: "steps"))
var level = 0.0
let steps = (0..<100_000).map { _ -> Double in
  if stepStream.uniform() < 0.001 { level = stepStream.uniform() }
  return level + stepStream.gaussian(sd: 0.05)
}
try measure("PELT, 100,000 points, a change every ~1,000 points", target: 1000) {
  _ = try PeltSegmentation().run(sortedY: steps)
}
// The draws alone: the floor under the sup-F figure.
measure("10,000 x 240 ziggurat draws, 100 per stream", target: 50) {
  let streams = ReplicateStreams(seed: 1, block: "bench", stream: "draws")
  let stream = RandomStream(seed: 1, key: streams.key(batch: 0))
  var sum = 0.0
  for batch in 0..<100 {
    stream.reseed(seed: 1, key: streams.key(batch: batch))
    for _ in 0..<(100 * 240) { sum += stream.gaussianZiggurat(sd: 1) }
  }
  if sum == .infinity { print(sum) }
}
