import LossbookSyntax

/// The write step of a render: the assembled report and its manifest, published safely.
struct ReportOutputStep: Sendable {
  /// Where the report goes, already checked.
  let destination: ReportDestination
  /// How long to wait for another render publishing into the same folder.
  let lockWait: Duration

  /// Publishes `report` (and its PDF, when printed); returns the files written, relative to the
  /// output folder.
  func publish(_ report: ReportAssembler.Report, pdf: [UInt8]?, notebook: AnalyzedNotebook, displayPath: String)
    throws(OutputError) -> [String]
  {
    let name = destination.paths.name
    let written =
      ["\(name).html", "\(name).json"] + (pdf == nil ? [] : ["\(name).pdf"])
      + report.sideFiles.map { "\(name)/\($0.name)" }
    let front = notebook.frontMatter
    let manifest = ReportManifest(
      notebook: displayPath, seed: .number(Double(front.seed)),
      params: .object(front.params.map { ($0.key, $0.value.json) }), files: written)
    let files = ReportFiles(
      html: Array(report.html.utf8), json: Array(report.json.utf8),
      sideFiles: report.sideFiles.map { ReportFiles.SideFile(name: $0.name, bytes: Array($0.contents.utf8)) },
      pdf: pdf, manifest: manifest)
    try ReportPublisher(paths: destination.paths, lockWait: lockWait).publish(files)
    return written
  }

  /// A page Chromium could not print, as a diagnostic of the render stage.
  static func diagnostic(_ error: PrintError) -> Diagnostic {
    Diagnostic("pdf-not-printed", .error, error.message, at: nil, help: error.help, stage: .render)
  }

  /// An output error as a diagnostic of the render stage.
  static func diagnostic(_ error: OutputError) -> Diagnostic {
    Diagnostic("output-not-written", .error, error.message, at: nil, help: error.help, stage: .render)
  }
}
