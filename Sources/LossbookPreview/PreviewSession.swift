import Foundation
import LossbookEngine
import LossbookSyntax

/// One notebook under preview: renders it into memory (never into an output folder), watches
/// every file the render read, and renders again when one changes. Each render is a new
/// version, which waiting pages receive.
public final class PreviewSession: @unchecked Sendable {
  /// What the server serves of one version.
  struct Snapshot: Sendable {
    /// Counts up from 1 with each render.
    var version: Int
    /// The preview page of the version.
    var page: String
    /// Its Content-Security-Policy header.
    var policy: String
    /// The report's name (`quickstart`), under which its files are served.
    var name: String
    /// The results file and the side files, by their path under the server's root.
    var files: [String: [UInt8]]
    /// The latest render's diagnostics.
    var diagnostics: [Diagnostic]
  }

  /// The notebook, as given on the command line.
  public let notebook: String
  private let pipeline: Pipeline
  private let options: RenderOptions
  /// How often the watched files are looked at.
  let interval: Duration

  private let lock = NSLock()
  private var snapshot: Snapshot?
  private var lastReport: RenderedReport?
  private var watched: PreviewFingerprint = PreviewFingerprint([])
  private var stopped = false

  /// A session for `notebook`; `options` are those of a render (parameters, seed, data roots),
  /// of which the output folder is never used.
  public init(notebook: String, pipeline: Pipeline, options: RenderOptions, interval: Duration = .milliseconds(150)) {
    self.notebook = notebook
    self.pipeline = pipeline
    self.options = options
    self.interval = interval
  }

  /// The latest version; nil before the first render ends.
  var current: Snapshot? {
    lock.lock()
    defer { lock.unlock() }
    return snapshot
  }

  /// The latest render's diagnostics (empty before the first render).
  public var diagnostics: [Diagnostic] { current?.diagnostics ?? [] }

  /// The latest version's number (0 before the first render).
  public var version: Int { current?.version ?? 0 }

  /// Renders the notebook now and makes the result the next version. `report` is called with
  /// the outcome (the command line prints its diagnostics).
  public func render(report: ((NotebookOutcome) -> Void)? = nil) {
    let notebookPath = Self.absolute(notebook)
    lock.lock()
    let watchedBefore = Array(watched.entries.keys)
    lock.unlock()
    let before = PreviewFingerprint([notebookPath] + watchedBefore)
    let log = DataFileReadLog()
    var opts = options
    opts.readLog = log
    opts.keepGoing = true
    let (outcome, made) = pipeline.renderInMemory(notebook, options: opts)
    report?(outcome)
    var entries: [String: PreviewFingerprint.Entry] = [:]
    for path in [notebookPath] + log.noted { entries[path] = before.entries[path] ?? PreviewFingerprint.entry(path) }
    lock.lock()
    defer { lock.unlock() }
    watched = PreviewFingerprint(entries: entries)
    if let made { lastReport = made }
    let version = (snapshot?.version ?? 0) + 1
    let page = PreviewPage(
      version: version, notebook: (notebook as NSString).lastPathComponent, diagnostics: outcome.diagnostics,
      file: outcome.file, report: lastReport, stale: made == nil, time: Self.clock())
    var files: [String: [UInt8]] = [:]
    if let shown = lastReport {
      files["\(shown.name).json"] = Array(shown.json.utf8)
      for side in shown.sideFiles { files["\(shown.name)/\(side.name)"] = Array(side.contents.utf8) }
    }
    snapshot = Snapshot(
      version: version, page: page.html, policy: page.policy, name: lastReport?.name ?? "",
      files: files, diagnostics: outcome.diagnostics)
  }

  /// True when a watched file changed since the last render.
  public func changed() -> Bool {
    lock.lock()
    let paths = Array(watched.entries.keys)
    let old = watched
    lock.unlock()
    return PreviewFingerprint(paths) != old
  }

  /// Renders, then looks at the watched files every `interval` and renders again on a change,
  /// on a thread of its own, until ``stop()``.
  public func watch(report: (@Sendable (NotebookOutcome) -> Void)? = nil) {
    render(report: report)
    let thread = Thread { [self] in
      while !isStopped {
        Thread.sleep(
          forTimeInterval: Double(interval.components.attoseconds) / 1e18
            + Double(interval.components.seconds))
        if isStopped { break }
        if changed() { render(report: report) }
      }
    }
    thread.name = "lossbook-preview-watcher"
    thread.start()
  }

  /// Stops watching.
  public func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }

  private var isStopped: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopped
  }

  /// `HH:MM:SS` now, in UTC.
  private static func clock() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
  }

  private static func absolute(_ path: String) -> String {
    let p = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return (p as NSString).standardizingPath
  }
}

extension PreviewFingerprint {
  init(entries: [String: Entry]) { self.entries = entries }
}
