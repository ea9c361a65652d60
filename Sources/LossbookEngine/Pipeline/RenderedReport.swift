import LossbookRender

/// A report made in memory (``Pipeline/renderInMemory(_:options:)``): what a render would
/// publish, without the manifest, and the page it was made from.
public struct RenderedReport: Sendable {
  /// The report's name (`quickstart` for `quickstart.md`).
  public var name: String
  /// The page, which can be made again with other surroundings (`lossbook preview`).
  public var page: ReportPage
  /// The page as a render writes it (`<name>.html`).
  public var html: String
  /// The results file (`<name>.json`).
  public var json: String
  /// The side files (`<name>/…`), sorted by name.
  public var sideFiles: [SideFile]
}
