/// Everything one render publishes: the page, the results file, the side files and the manifest.
public struct ReportFiles: Sendable {
  /// One file of the side folder.
  public struct SideFile: Sendable {
    /// The file name inside the side folder (`<block>.csv`).
    public var name: String
    /// Its content.
    public var bytes: [UInt8]

    /// Creates a side file.
    public init(name: String, bytes: [UInt8]) {
      self.name = name
      self.bytes = bytes
    }
  }

  /// The page (`<name>.html`).
  public var html: [UInt8]
  /// The results file (`<name>.json`).
  public var json: [UInt8]
  /// The side files (`<name>/…`).
  public var sideFiles: [SideFile]
  /// The page printed (`<name>.pdf`, `render --to pdf`); nil when not asked for, and then a PDF
  /// of an earlier render is removed with the rest of the old report.
  public var pdf: [UInt8]?
  /// The list of them all, written into the side folder.
  public var manifest: ReportManifest

  /// Creates the files of one report.
  public init(html: [UInt8], json: [UInt8], sideFiles: [SideFile], pdf: [UInt8]? = nil, manifest: ReportManifest) {
    self.html = html
    self.json = json
    self.sideFiles = sideFiles
    self.pdf = pdf
    self.manifest = manifest
  }
}

/// The paths of one report's outputs as the user gave them, for messages and the manifest.
public struct ReportPaths: Sendable {
  /// The output folder as given (`Output`).
  public let folder: String
  /// The report name (`quickstart`).
  public let name: String

  /// Creates the paths of report `name` in `folder`.
  public init(folder: String, name: String) {
    self.folder = folder
    self.name = name
  }

  /// `Output/quickstart.html`.
  public var page: String { OutputPOSIX.display(folder, Array((name + ".html").utf8)) }
  /// `Output/quickstart.json`.
  public var results: String { OutputPOSIX.display(folder, Array((name + ".json").utf8)) }
  /// `Output/quickstart.pdf`.
  public var pdf: String { OutputPOSIX.display(folder, Array((name + ".pdf").utf8)) }
  /// `Output/quickstart`.
  public var sideFolder: String { OutputPOSIX.display(folder, Array(name.utf8)) }
  /// `Output/quickstart/<file>`.
  public func sideFile(_ file: String) -> String { OutputPOSIX.display(sideFolder, Array(file.utf8)) }
}
