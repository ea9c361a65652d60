/// A label's box in pixels, estimated as the chart estimates text (`ChartText.width`): from
/// one font size above the first baseline to 3 px below the last.
struct ChartLabelBox: Equatable {
  var left: Double
  var right: Double
  var top: Double
  var bottom: Double

  /// The number of `points` within `margin` px of the box.
  func count(_ points: [(Double, Double)], margin: Double = 4) -> Int {
    points.filter {
      $0.0 >= left - margin && $0.0 <= right + margin && $0.1 >= top - margin && $0.1 <= bottom + margin
    }.count
  }

  func isInside(_ rect: ChartRect) -> Bool {
    left >= rect.x && right <= rect.right && top >= rect.y && bottom <= rect.bottom
  }

  /// Whether the boxes come closer than `gap` px (which absorbs faces up to 3% wider than
  /// the estimate).
  func overlaps(_ other: ChartLabelBox, gap: Double = 4) -> Bool {
    left < other.right + gap && other.left < right + gap && top < other.bottom + gap && other.top < bottom + gap
  }
}

/// One place a label may go: its lines, where the text is anchored, and the box it covers.
struct ChartLabelSpot: Equatable {
  var lines: [String]
  var x: Double
  var baseline: Double
  /// `start`, `middle` or `end`, as SVG's `text-anchor`.
  var anchor: String
  var box: ChartLabelBox

  init(lines: [String], x: Double, baseline: Double, anchor: String) {
    self.lines = lines
    self.x = x
    self.baseline = baseline
    self.anchor = anchor
    let size = ChartLayout.noteSize
    let width = lines.map { ChartText.width($0, fontSize: size) }.max() ?? 0
    let left =
      switch anchor {
      case "end": x - width
      case "middle": x - width / 2
      default: x
      }
    box = ChartLabelBox(
      left: left, right: left + width, top: baseline - size,
      bottom: baseline + Double(lines.count - 1) * ChartLayout.noteLineHeight + 3)
  }
}

/// Places one panel's labels in turn. Each label takes, of its candidate spots that lie inside
/// the plot and keep 4 px from every label placed before it, the one covering the fewest data
/// positions and points of other overlays' lines (the earlier candidate on a tie). A label
/// with no such spot is left out, so labels never overlap; callers place the most important
/// first and keep every label's information in the figure's description as well.
struct ChartLabelPlacer {
  let plot: ChartRect
  /// Data positions in pixels: markers, and points along lines and bars.
  let obstacles: [(Double, Double)]
  private(set) var placed: [ChartLabelBox] = []

  init(plot: ChartRect, obstacles: [(Double, Double)]) {
    self.plot = plot
    self.obstacles = obstacles
  }

  /// How much more a point of another overlay's line weighs than a data position: a label
  /// across the threshold line reads as if it were cut by it.
  static let lineWeight = 10
  /// How close a label may come to another overlay's line: wider than the 4 px kept from
  /// markers, for faces wider than the estimate.
  static let lineMargin = 7.0

  /// The chosen spot, now taken, or nil when none is free. `avoiding` adds obstacles for this
  /// label only (points along the other overlays' lines), weighing `lineWeight` each; with
  /// `strictly`, a spot near any of them is not free at all.
  mutating func place(
    _ candidates: [ChartLabelSpot], avoiding extra: [(Double, Double)] = [], strictly: Bool = false
  ) -> ChartLabelSpot? {
    var best: ChartLabelSpot?
    var bestCount = Int.max
    for spot in candidates where spot.box.isInside(plot) && !placed.contains(where: { $0.overlaps(spot.box) }) {
      let crossings = spot.box.count(extra, margin: Self.lineMargin)
      if strictly && crossings > 0 { continue }
      let count = spot.box.count(obstacles) + Self.lineWeight * crossings
      if count < bestCount { (best, bestCount) = (spot, count) }
      if count == 0 { break }
    }
    if let best { placed.append(best.box) }
    return best
  }

  /// The most samples one polyline segment gets (a figure is a few thousand px across).
  static let maxSamplesPerSegment = 2_000.0

  /// Points every `step` px along a polyline, its vertices included.
  static func samples(_ pixels: [(Double, Double)], step: Double = 5) -> [(Double, Double)] {
    guard var previous = pixels.first else { return [] }
    var out = [previous]
    for point in pixels.dropFirst() {
      let length = ((point.0 - previous.0) * (point.0 - previous.0) + (point.1 - previous.1) * (point.1 - previous.1))
        .squareRoot()
      // A segment running far off the figure (a curve at 1e300) is sampled no finer than
      // `maxSamplesPerSegment`, and one that is not finite only at its ends.
      let steps = length.isFinite ? min(length / step, maxSamplesPerSegment).rounded(.down) : 1
      let pieces = max(Int(exactly: steps) ?? 1, 1)
      for k in 1...pieces {
        let t = Double(k) / Double(pieces)
        out.append((previous.0 + (point.0 - previous.0) * t, previous.1 + (point.1 - previous.1) * t))
      }
      previous = point
    }
    return out
  }
}
