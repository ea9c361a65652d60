/// The English text of a render's progress lines (`StageMessage`).
extension English {
  func text(_ key: StageMessage) -> String {
    switch key {
    case .analyzed(let blocks, let inlineValues):
      "split, decode, resolve: \(blocks) blocks, \(inlineValues) inline values"
    case .executed(let blocks, let threads): "execute: \(blocks) blocks on up to \(threads) threads"
    case .keptInMemory: "render: kept in memory"
    case .printed(let bytes): "printed to PDF (\(bytes) bytes)"
    case .written(let files): "render: \(files) files written"
    }
  }
}

extension Words {
  /// A progress line on the command line, which is English whatever the report's language.
  public static func progress(_ key: StageMessage) -> String { English().text(key) }
}
