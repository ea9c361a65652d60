/// Text with location markers (1️⃣, 2️⃣, ...) taken out, and where each marker stood.
///
/// Tests write the expected position of a diagnostic as a marker in the source instead of
/// counting lines and columns by hand.
public struct MarkedSource {
  public let text: String
  /// 1-based (line, column) of each marker, by marker.
  public let markers: [String: (line: Int, column: Int)]

  public static let markerSymbols = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  public init(_ marked: String) {
    var out = ""
    var found: [String: (Int, Int)] = [:]
    var line = 1
    var column = 1
    for c in marked {
      if let m = Self.markerSymbols.first(where: { $0 == String(c) }) {
        found[m] = (line, column)
        continue
      }
      out.append(c)
      if c == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.text = out
    self.markers = found
  }

  public func location(_ marker: String) -> (line: Int, column: Int)? { markers[marker] }
}
