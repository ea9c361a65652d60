/// One work in a notebook's reference list, from CSL (the Citation Style Language's data, as
/// Pandoc, Quarto and Zotero write it): the fields an author-year style prints.
public struct Reference: Sendable, Equatable {
  /// A person's name: family and given names, or one literal name (an organisation).
  public struct Name: Sendable, Equatable {
    public var family: String
    public var given: String

    public init(family: String, given: String = "") {
      self.family = family
      self.given = given
    }
  }

  /// The citation key (`du2024`): CSL's `id`.
  public var key: String
  /// CSL's `type` (`article-journal`, `paper-conference`, `book`, `report`, …).
  public var type: String = "article"
  public var authors: [Name] = []
  /// The year of `issued`, as written; empty when the work has none.
  public var year: String = ""
  public var title: String = ""
  /// The journal, proceedings or series: CSL's `container-title`.
  public var container: String = ""
  public var volume: String = ""
  public var issue: String = ""
  /// CSL's `page`.
  public var pages: String = ""
  public var publisher: String = ""
  /// CSL's `URL`.
  public var url: String = ""
  /// CSL's `DOI`, without `https://doi.org/`.
  public var doi: String = ""

  public init(key: String) { self.key = key }
}
