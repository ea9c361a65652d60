import Foundation
import LossbookWords
import Synchronization

/// The progress line of a long render on standard error: replicates done, their rate and the
/// time left, redrawn in place at most a few times a second, shown only once a block has run
/// for a few seconds, and never when standard error is not a terminal.
final class ProgressLine: Sendable {
  private struct State {
    var started: [String: ContinuousClock.Instant] = [:]
    var lastDrawn: ContinuousClock.Instant?
    var shown = false
  }

  private let state = Mutex(State())
  private let clock = ContinuousClock()
  /// How long a block runs before its line appears.
  private let delay: Duration = .seconds(3)

  /// A line on standard error, or nil when it is not a terminal.
  static func standardError() -> ProgressLine? {
    isatty(2) != 0 ? ProgressLine() : nil
  }

  /// Records that `block` has done `done` of `total` replicates.
  @Sendable func report(_ block: String, _ done: Int, _ total: Int) {
    let now = clock.now
    let line: String? = state.withLock { s in
      let start = s.started[block] ?? now
      s.started[block] = start
      let elapsed = now - start
      guard elapsed >= delay else { return nil }
      if done < total, let last = s.lastDrawn, now - last < .milliseconds(250) { return nil }
      s.lastDrawn = now
      s.shown = true
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let rate = Double(done) / max(seconds, 1e-9)
      let left = rate > 0 ? Double(total - done) / rate : 0
      let line = Words.command(
        .progress(
          block: block, done: done, total: total, rate: Int(rate.rounded()),
          secondsLeft: done == total ? nil : Int(left.rounded())))
      return "\r" + line + (done == total ? "\n" : "")
    }
    if let line { FileHandle.standardError.write(Data(line.utf8)) }
  }
}
