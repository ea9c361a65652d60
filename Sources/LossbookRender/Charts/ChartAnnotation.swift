/// What a reference line means; it decides its stroke.
public enum ChartLineRole: Sendable, Equatable {
  /// The chance (guessing) level: dashed mid grey (`ChartPalette.chance`).
  case chance
  /// Any other reference: dotted dark grey.
  case reference
  /// A fitted threshold: solid vermillion #D55E00.
  case threshold
}

/// An overlay placed by the renderer, labelled on the plot. An empty label draws no text.
public enum ChartAnnotation: Sendable, Equatable {
  /// A horizontal line across the panel, labelled at its right end ("guessing (25%)").
  case horizontalLine(y: Double, label: String, role: ChartLineRole)
  /// A vertical line, labelled near the top on the side with more room.
  case verticalLine(x: Double, label: String, role: ChartLineRole)
  /// An interval along x (the threshold's interval): a light vermillion band with dotted edges, labelled.
  case verticalBand(from: Double, to: Double, label: String)
  /// Free text centred at a data position, kept inside the panel ("flat at guessing").
  case text(x: Double, y: Double, label: String)
}

/// A legend entry for one kind of overlay in a faceted chart ("threshold", "95% interval: where
/// the threshold probably is"): its swatch is drawn like the overlay.
public struct ChartOverlayKey: Sendable, Equatable {
  /// Which overlays the entry explains.
  public enum Mark: Sendable, Equatable {
    /// Horizontal and vertical lines of this role.
    case line(ChartLineRole)
    /// Vertical bands (the threshold's interval).
    case band
  }

  public var mark: Mark
  public var label: String

  public init(_ mark: Mark, label: String) {
    self.mark = mark
    self.label = label
  }

  /// Whether `annotation` is of the kind this entry explains.
  func explains(_ annotation: ChartAnnotation) -> Bool {
    switch (mark, annotation) {
    case (.line(let role), .horizontalLine(_, _, let r)), (.line(let role), .verticalLine(_, _, let r)): role == r
    case (.band, .verticalBand): true
    default: false
    }
  }
}
