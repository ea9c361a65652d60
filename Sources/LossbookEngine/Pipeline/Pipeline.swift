import Foundation
import LossbookSyntax
import LossbookWords

/// What a `check` or `render` of one notebook came to.
public struct NotebookOutcome: Sendable {
  public var file: SourceFile?
  public var diagnostics: [Diagnostic]
  /// The files written, relative to the output folder.
  public var written: [String]

  public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The five stages end to end: split → decode → resolve → execute → render.
public struct Pipeline: Sendable {
  public let registry: BlockRegistry

  public init(registry: BlockRegistry) { self.registry = registry }

  /// Reads a notebook; a missing or unreadable file is a diagnostic, not a crash.
  public func load(_ path: String) -> Result<SourceFile, Diagnostic> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        Diagnostic("notebook-not-found", .error, .notebook(.unreadable(path)), at: nil, stage: .split))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(
        Diagnostic("notebook-not-utf8", .error, .notebook(.notUTF8(path)), at: nil, stage: .split))
    }
    return .success(SourceFile(path: path, text: text))
  }

  /// split, decode and resolve; runs nothing.
  public func check(_ path: String, options: RenderOptions = RenderOptions()) -> NotebookOutcome {
    withIncludes(path, options: options) { file in
      let analyzed = analyze(file, path: path, options: options)
      var diagnostics = analyzed.diagnostics
      if !diagnostics.contains(where: { $0.severity == .error }) {
        diagnostics += staticCheck(analyzed, path: path, options: options)
      }
      return NotebookOutcome(file: file, diagnostics: DiagnosticListSort.sorted(diagnostics), written: [])
    }
  }

  /// All five stages; writes the outputs only if the render succeeds (or `keepGoing`).
  public func render(_ path: String, options: RenderOptions) -> NotebookOutcome {
    withIncludes(path, options: options) { file in render(file, path: path, options: options, publish: true).outcome }
  }

  /// All five stages, writing nothing: the report stays in memory (`lossbook preview`). The
  /// output folder of `options` is neither checked nor touched; nil when no report was made.
  public func renderInMemory(_ path: String, options: RenderOptions) -> (
    outcome: NotebookOutcome, report: RenderedReport?
  ) {
    var report: RenderedReport?
    let outcome = withIncludes(path, options: options) { file in
      let made = render(file, path: path, options: options, publish: false)
      report = made.report
      return made.outcome
    }
    return (outcome, report)
  }

  /// The five stages on a loaded notebook whose includes are expanded; `publish` writes the
  /// report into the output folder through the safe publisher, otherwise it is only returned.
  private func render(_ file: SourceFile, path: String, options: RenderOptions, publish: Bool) -> (
    outcome: NotebookOutcome, report: RenderedReport?
  ) {
    var timer = StageTimer(progress: options.progress)
    let analyzed = analyze(file, path: path, options: options)
    var diagnostics = analyzed.diagnostics
    timer.tell(.resolve, .analyzed(blocks: analyzed.blocks.count, inlineValues: analyzed.inlineValues.count))
    /// What the render came to so far, with the files written (none unless it published).
    func outcome(written: [String] = []) -> NotebookOutcome {
      NotebookOutcome(file: file, diagnostics: DiagnosticListSort.sorted(diagnostics), written: written)
    }
    guard !Self.hasError(diagnostics) else { return (outcome(), nil) }
    if let shard = options.shard {
      return (
        renderShard(file, analyzed: analyzed, shard: shard, path: path, options: options, diagnostics: diagnostics), nil
      )
    }
    let output = ReportOutputStep(
      destination: ReportDestination(notebook: path, folder: options.outputDirectory), lockWait: options.lockWait)
    if publish, let refused = Self.refusal(of: output.destination, notebook: path, options: options) {
      diagnostics.append(refused)
      return (outcome(), nil)
    }
    let outcomes = execute(analyzed, path: path, options: options, timer: &timer)
    diagnostics += Self.executeDiagnostics(analyzed, outcomes)
    let displayPath = options.notebookLabel ?? Self.displayPath(path)
    guard
      let report = Self.assemble(
        analyzed, outcomes: outcomes, name: output.destination.paths.name, displayPath: displayPath,
        keepGoing: options.keepGoing, diagnostics: &diagnostics)
    else { return (outcome(), nil) }
    let rendered = RenderedReport(
      name: output.destination.paths.name, page: report.page, html: report.html, json: report.json,
      sideFiles: report.sideFiles)
    guard publish else {
      timer.tell(.render, .keptInMemory)
      return (outcome(), rendered)
    }
    guard
      let written = Self.write(
        report, to: output, notebook: analyzed, displayPath: displayPath, printer: options.printer, timer: &timer,
        diagnostics: &diagnostics)
    else { return (outcome(), nil) }
    return (outcome(written: written), rendered)
  }

  /// Split, decode and resolve (the analysis `check` and `render` share).
  private func analyze(_ file: SourceFile, path: String, options: RenderOptions) -> AnalyzedNotebook {
    Analyzer(registry: registry).analyze(
      file, overrides: options.params, seed: options.seed, files: dataFiles(for: path, options: options),
      language: options.language)
  }

  /// Whether any diagnostic is an error.
  private static func hasError(_ diagnostics: [Diagnostic]) -> Bool {
    diagnostics.contains(where: { $0.severity == .error })
  }

  /// Why the report may not be written to `destination` (inside the notebook's folder or a data
  /// root, for instance), checked before anything runs; nil when it may.
  private static func refusal(of destination: ReportDestination, notebook path: String, options: RenderOptions)
    -> Diagnostic?
  {
    let folder = (path as NSString).deletingLastPathComponent
    let roots = [folder.isEmpty ? "." : folder] + options.dataRoots
    do {
      try destination.check(notebook: path, inputFolders: roots)
      return nil
    } catch {
      return ReportOutputStep.diagnostic(error)
    }
  }

  /// Runs every block on up to `options.jobs` threads.
  private func execute(_ analyzed: AnalyzedNotebook, path: String, options: RenderOptions, timer: inout StageTimer)
    -> [BlockOutcome?]
  {
    let opener = Self.dataFileOpener(for: path, options: options)
    let outcomes = Executor(
      jobs: options.jobs, dataFiles: opener, parts: options.parts, progress: options.blockProgress
    ).run(analyzed)
    timer.tell(.execute, .executed(blocks: outcomes.count, threads: options.jobs))
    return outcomes
  }

  /// The page, the results file and the side files; nil when a block failed (unless `keepGoing`)
  /// or the report would exceed the front matter's `limits.output`.
  private static func assemble(
    _ analyzed: AnalyzedNotebook, outcomes: [BlockOutcome?], name: String, displayPath: String, keepGoing: Bool,
    diagnostics: inout [Diagnostic]
  ) -> ReportAssembler.Report? {
    let assembler = ReportAssembler(notebook: analyzed, outcomes: outcomes, name: name, displayPath: displayPath)
    let report = assembler.assemble(diagnostics: &diagnostics)
    if hasError(diagnostics) && !keepGoing { return nil }
    let total =
      report.html.utf8.count + report.json.utf8.count + report.sideFiles.reduce(0) { $0 + $1.contents.utf8.count }
    if Double(total) > analyzed.frontMatter.outputLimit {
      diagnostics.append(
        Diagnostic(
          "output-too-large", .error, .output(.tooLarge(bytes: total, limit: Int(analyzed.frontMatter.outputLimit))),
          at: nil, help: .output(.tooLargeHelp), stage: .render))
      return nil
    }
    return report
  }

  /// Prints the PDF when there is a printer, then publishes the report; the files written, or
  /// nil (with a diagnostic) when printing or writing failed.
  private static func write(
    _ report: ReportAssembler.Report, to output: ReportOutputStep, notebook analyzed: AnalyzedNotebook,
    displayPath: String, printer: (any ReportPrinter)?, timer: inout StageTimer, diagnostics: inout [Diagnostic]
  ) -> [String]? {
    var pdf: [UInt8]?
    if let printer {
      do {
        pdf = try printer.pdf(of: report.html)
      } catch {
        diagnostics.append(ReportOutputStep.diagnostic(error))
        return nil
      }
      timer.tell(.render, .printed(bytes: pdf?.count ?? 0))
    }
    let written: [String]
    do {
      written = try output.publish(report, pdf: pdf, notebook: analyzed, displayPath: displayPath)
    } catch {
      diagnostics.append(ReportOutputStep.diagnostic(error))
      return nil
    }
    timer.tell(.render, .written(files: written.count))
    return written
  }

  /// The notebook path as written into outputs: relative to the working folder when it is
  /// inside it, never absolute, so reports are identical wherever the repository lives.
  static func displayPath(_ path: String) -> String {
    let abs = absolute(path)
    let cwd = FileManager.default.currentDirectoryPath
    if abs.hasPrefix(cwd + "/") { return String(abs.dropFirst(cwd.count + 1)) }
    return (path as NSString).lastPathComponent
  }

  static func absolute(_ path: String) -> String {
    let p = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return (p as NSString).standardizingPath
  }
}

/// Reports each stage with the time since the previous report (or since the start), to
/// `RenderOptions.progress`.
private struct StageTimer {
  let progress: (@Sendable (PipelineStage, String) -> Void)?
  private let clock = ContinuousClock()
  private var start: ContinuousClock.Instant

  init(progress: (@Sendable (PipelineStage, String) -> Void)?) {
    self.progress = progress
    start = ContinuousClock.now
  }

  mutating func tell(_ stage: PipelineStage, _ what: StageMessage) {
    let ms = (clock.now - start) / .milliseconds(1)
    progress?(stage, "\(Words.progress(what)) (\(String(format: "%.1f", ms)) ms)")
    start = clock.now
  }
}

/// Orders diagnostics by position so output never depends on discovery order.
enum DiagnosticListSort {
  static func sorted(_ ds: [Diagnostic]) -> [Diagnostic] {
    var list = DiagnosticList()
    list.append(contentsOf: ds)
    return list.sorted
  }
}
