import Foundation
import LossbookCore
import LossbookRender
import LossbookSyntax
import LossbookWords

/// A problem `lossbook merge` (or the writing of a part file) found: a sentence and its fix.
public struct ShardError: Error, Sendable {
  public var message: String
  public var help: String

  public init(_ message: String, help: String) {
    self.message = message
    self.help = help
  }

  /// An error worded by the words module.
  init(_ message: ShardProblem, help: ShardProblem) {
    self.init(Words.diagnostic(.shard(message)), help: Words.diagnostic(.shard(help)))
  }
}

extension Pipeline {
  /// The diagnostics of the execute stage: failures, skipped blocks and warnings.
  static func executeDiagnostics(_ analyzed: AnalyzedNotebook, _ outcomes: [BlockOutcome?]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for (i, o) in outcomes.enumerated() {
      let b = analyzed.blocks[i]
      switch o {
      case .failed(let f)?:
        diagnostics.append(f.diagnostic(stage: .execute, block: b))
      case .skipped(let d)?:
        diagnostics.append(
          Diagnostic(
            ExecuteDiagnostics.skipped, .note, .notebook(.skipped(kind: b.kind, block: b.id, failed: d)),
            at: b.syntax.headerRange, stage: .execute))
      case .ok(let r)?:
        for w in r.warnings {
          diagnostics.append(w.diagnostic(.warning, stage: .execute, block: b))
        }
      case nil: break
      }
    }
    return diagnostics
  }

  /// The words of a failed write.
  static func reason(_ error: any Error) -> String {
    if let e = error as? AtomicWriteError { return e.message }
    return (error as NSError).localizedDescription
  }

  /// The file name of shard K of N of the notebook `name`.
  public static func partFileName(_ name: String, _ shard: ShardPlan) -> String {
    "\(name).part-\(shard.index)-of-\(shard.count).json"
  }

  /// `render --shard K/N`: runs every block, the sharded ones on their slice only, and writes
  /// the slices with what identifies the run (the notebook's path and SHA-256, the seed, the
  /// parameters and the command line's overrides) to `<out>/<name>.part-K-of-N.json`.
  func renderShard(
    _ file: SourceFile, analyzed: AnalyzedNotebook, shard: ShardPlan, path: String, options: RenderOptions,
    diagnostics found: [Diagnostic]
  ) -> NotebookOutcome {
    var diagnostics = found
    let opener = Self.dataFileOpener(for: path, options: options)
    let outcomes = Executor(jobs: options.jobs, dataFiles: opener, shard: shard, progress: options.blockProgress)
      .run(analyzed)
    diagnostics += Self.executeDiagnostics(analyzed, outcomes)
    func done(_ written: [String]) -> NotebookOutcome {
      NotebookOutcome(file: file, diagnostics: DiagnosticListSort.sorted(diagnostics), written: written)
    }
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return done([]) }
    var blocks: [(String, JSONValue)] = []
    for (i, o) in outcomes.enumerated() {
      if let r = o?.result as? any ShardedResult { blocks.append((analyzed.blocks[i].id, r.partJSON)) }
    }
    let front = analyzed.frontMatter
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let displayPath = options.notebookLabel ?? Self.displayPath(path)
    let part = JSONValue.object([
      ("lossbook_part", .number(1)), ("lossbook", .string(Lossbook.version)),
      ("notebook", .string(displayPath)),
      ("notebook_sha256", .string(SHA256.hex(SHA256.digest(Array(file.text.utf8))))),
      ("seed", .number(Double(front.seed))), ("params", .object(front.params.map { ($0.key, $0.value.json) })),
      (
        "overrides",
        .object([
          ("seed", options.seed.map { .number(Double($0)) } ?? .null),
          ("params", .array(options.params.map { .array([.string($0.name), .string($0.value)]) })),
        ])
      ),
      ("shard", .object([("index", .number(Double(shard.index))), ("count", .number(Double(shard.count)))])),
      ("blocks", .object(blocks)),
    ])
    let fileName = Self.partFileName(name, shard)
    let target = (options.outputDirectory as NSString).appendingPathComponent(fileName)
    do {
      try FileManager.default.createDirectory(atPath: options.outputDirectory, withIntermediateDirectories: true)
      if FileManager.default.fileExists(atPath: target), (try? ShardPart.read(target)) == nil {
        diagnostics.append(
          ReportOutputStep.diagnostic(OutputError(.partInTheWay(target), help: .partInTheWayHelp)))
        return done([])
      }
      try AtomicWriter.write(Array(part.serialized().utf8), to: target)
    } catch {
      diagnostics.append(
        ReportOutputStep.diagnostic(
          OutputError(.partNotWritten(target, reason: Self.reason(error)), help: .partNotWrittenHelp)))
      return done([])
    }
    return done([fileName])
  }

  /// `lossbook merge PARTS --out DIR`: checks that the part files in `folder` are every shard
  /// of one run exactly once (same notebook, unchanged since; same seed, parameters and N),
  /// then renders the notebook with the sharded blocks reading their parts, and publishes the
  /// report as `render` would: the same bytes as a render on one machine.
  /// `notebook` is where to read the notebook when the path the parts name does not lead to it
  /// from here; the report still names it as the parts do.
  public func merge(partsFolder folder: String, notebook path: String? = nil, options: RenderOptions)
    throws(ShardError) -> NotebookOutcome
  {
    let parts = try ShardPart.collect(folder)
    let first = parts[0]
    let source = path ?? first.notebook
    guard case .success(let notebook) = load(source) else {
      throw ShardError(.notebookUnreadable(first.notebook), help: .notebookUnreadableHelp)
    }
    let expanded = withIncludes(source, options: options) { file in
      NotebookOutcome(file: file, diagnostics: [], written: [SHA256.hex(SHA256.digest(Array(file.text.utf8)))])
    }
    guard expanded.written.first == first.sha256 else {
      throw ShardError(.notebookChanged(notebook.path), help: .notebookChangedHelp)
    }
    var opts = options
    opts.seed = first.seedOverride
    opts.params = first.paramOverrides
    opts.notebookLabel = first.notebook
    opts.shard = nil
    var byBlock: [String: [JSONValue]] = [:]
    for p in parts {
      for (id, value) in p.blocks { byBlock[id, default: []].append(value) }
    }
    opts.parts = byBlock
    return render(source, options: opts)
  }
}

/// One part file, read back.
struct ShardPart: Sendable {
  var file: String
  var notebook: String
  var sha256: String
  var seed: Double
  var params: String
  var seedOverride: UInt32?
  var paramOverrides: [(name: String, value: String)]
  var shard: ShardPlan
  var blocks: [(String, JSONValue)]

  /// Reads a part file; nil when it is not one.
  static func read(_ path: String) throws(ShardError) -> ShardPart {
    let bad = ShardError(.notAPart(path), help: .notAPartHelp)
    guard let data = FileManager.default.contents(atPath: path),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      (object["lossbook_part"] as? NSNumber)?.intValue == 1,
      let notebook = object["notebook"] as? String, let sha = object["notebook_sha256"] as? String,
      let seed = (object["seed"] as? NSNumber)?.doubleValue, let params = object["params"],
      let overrides = object["overrides"] as? [String: Any], let shard = object["shard"] as? [String: Any],
      let k = (shard["index"] as? NSNumber)?.intValue, let n = (shard["count"] as? NSNumber)?.intValue,
      let plan = ShardPlan(index: k, count: n), let blocks = object["blocks"] as? [String: Any]
    else { throw bad }
    var paramOverrides: [(name: String, value: String)] = []
    for item in overrides["params"] as? [Any] ?? [] {
      guard let pair = item as? [String], pair.count == 2 else { throw bad }
      paramOverrides.append((pair[0], pair[1]))
    }
    let seedOverride = (overrides["seed"] as? NSNumber).map { UInt32(truncatingIfNeeded: $0.int64Value) }
    let canonical = JSONValue.from(params).serialized()
    return ShardPart(
      file: path, notebook: notebook, sha256: sha, seed: seed, params: canonical, seedOverride: seedOverride,
      paramOverrides: paramOverrides, shard: plan,
      blocks: blocks.keys.sorted().map { ($0, JSONValue.from(blocks[$0]!)) })
  }

  /// Every part file in `folder`, checked to be the N shards of one run, in shard order.
  static func collect(_ folder: String) throws(ShardError) -> [ShardPart] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw ShardError(.folderUnreadable(folder), help: .folderUnreadableHelp)
    }
    let files = names.filter { $0.contains(".part-") && $0.hasSuffix(".json") }.sorted()
    guard !files.isEmpty else {
      throw ShardError(.noParts(folder: folder), help: .noPartsHelp(folder: folder))
    }
    var parts: [ShardPart] = []
    for f in files { parts.append(try read((folder as NSString).appendingPathComponent(f))) }
    let first = parts[0]
    for p in parts.dropFirst() {
      if p.notebook != first.notebook || p.sha256 != first.sha256 {
        throw ShardError(.otherNotebook(p.file, first: first.file), help: .otherNotebookHelp)
      }
      if p.seed != first.seed || p.seedOverride != first.seedOverride {
        throw ShardError(
          .otherSeed(
            p.file, seed: SpecLimit.show(p.seed), first: first.file, firstSeed: SpecLimit.show(first.seed)),
          help: .otherSeedHelp)
      }
      if p.params != first.params
        || p.paramOverrides.map({ "\($0.name)=\($0.value)" })
          != first.paramOverrides.map({ "\($0.name)=\($0.value)" })
      {
        throw ShardError(.otherParameters(p.file, first: first.file), help: .otherParametersHelp)
      }
      if p.shard.count != first.shard.count {
        throw ShardError(
          .otherCount(p.file, count: p.shard.count, first: first.file, firstCount: first.shard.count),
          help: .otherCountHelp)
      }
    }
    let n = first.shard.count
    var seen: [Int: String] = [:]
    for p in parts {
      if let other = seen[p.shard.index] {
        throw ShardError(.twice(shard: p.shard.index, of: n, first: other, second: p.file), help: .twiceHelp)
      }
      seen[p.shard.index] = p.file
    }
    let missing = (1...n).filter { seen[$0] == nil }
    if !missing.isEmpty {
      throw ShardError(
        .missing(shards: missing, of: n, folder: folder),
        help: .missingHelp(notebook: first.notebook, shards: missing, of: n, folder: folder))
    }
    return parts.sorted { $0.shard.index < $1.shard.index }
  }
}

extension JSONValue {
  /// A value parsed by JSONSerialization.
  static func from(_ any: Any) -> JSONValue {
    switch any {
    case let s as String: return .string(s)
    case let n as NSNumber: return .number(n.doubleValue)
    case let a as [Any]: return .array(a.map { from($0) })
    case let o as [String: Any]: return .object(o.keys.sorted().map { ($0, from(o[$0]!)) })
    default: return .null
    }
  }
}
