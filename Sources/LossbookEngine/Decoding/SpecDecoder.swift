import LossbookSyntax
import LossbookWords
import Yams

/// Decodes a YAML body into a typed spec, reporting problems at the offending node.
///
/// Yams' own decoder gives no positions and ignores unknown keys, so this is a small `Decoder`
/// over a composed `Yams.Node`: every value knows its node, a type mismatch points at it, a
/// missing field points at its mapping, and a key that no field asked for is an unknown field
/// with a "did you mean" among the fields that were asked for.
public struct SpecDecoder: Sendable {
  public var position: YAMLPosition

  public init(position: YAMLPosition) { self.position = position }

  /// Parses the YAML text; an empty body decodes as an empty mapping.
  public func compose(_ yaml: String) -> Result<Node, SpecDecodingError> {
    do {
      let node = try Yams.compose(yaml: yaml) ?? Node.mapping(Node.Mapping([]))
      return .success(node)
    } catch let error as YamlError {
      return .failure(syntaxError(error))
    } catch {
      return .failure(SpecDecodingError(DecodeDiagnostics.yamlSyntax, .spec(.yamlUnreadable("\(error)"))))
    }
  }

  /// Decodes `T` from a node; on failure returns every problem found.
  public func decode<T: Decodable>(_ type: T.Type, from node: Node) -> Result<T, SpecDecodingFailure> {
    let state = DecodingState(position: position)
    let decoder = NodeDecoder(node: node, path: [], state: state)
    do {
      let value = try T(from: decoder)
      let errors = state.fieldErrors + state.laterItemErrors + state.unknownKeys(onlyWithSuggestions: false)
      return errors.isEmpty ? .success(value) : .failure(SpecDecodingFailure(errors))
    } catch {
      // A problem thrown by a spec's own check after a bad field was kept may be about the
      // stand-in, not the notebook: it is left out (the next run finds it, if it is real).
      let ownCheck = !(error is SpecDecodingError) && !state.fieldErrors.isEmpty
      let thrown = error is ReportedBelow || ownCheck ? [] : [state.convert(error)]
      var errors = state.fieldErrors + thrown + state.laterItemErrors
      errors += state.unknownKeys(onlyWithSuggestions: true)
      return .failure(SpecDecodingFailure(errors))
    }
  }

  /// Composes and decodes in one step.
  public func decode<T: Decodable>(_ type: T.Type, yaml: String) -> Result<T, SpecDecodingFailure> {
    switch compose(yaml) {
    case .failure(let e): .failure(SpecDecodingFailure([e]))
    case .success(let node): decode(type, from: node)
    }
  }

  private func syntaxError(_ error: YamlError) -> SpecDecodingError {
    func make(_ problem: String, _ mark: Mark, bracket: String? = nil) -> SpecDecodingError {
      let loc = position.location(mark)
      return SpecDecodingError(
        DecodeDiagnostics.yamlSyntax,
        .spec(bracket.map { .bracketNotClosed($0, problem: problem) } ?? .yamlSyntax(problem: problem)),
        at: SourceRange(start: loc, end: SourceLocation(line: loc.line, column: loc.column + 1)),
        help: Self.isAboutTabs(problem) ? .spec(.tabsHelp) : nil)
    }
    switch error {
    case .parser(let context?, let problem, let mark, _) where mark.line > context.mark.line:
      // An unclosed [ or { runs on to a later line (often the closing fence): point at the bracket.
      guard let bracket = Self.openingBracket(context.text) else { return make(problem, mark) }
      return make(problem, context.mark, bracket: bracket)
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return make(problem, mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let loc = position.location(context.mark)
      return SpecDecodingError(
        DecodeDiagnostics.yamlSyntax, .spec(.keysTwice(duplicates)),
        at: SourceRange(start: loc, end: SourceLocation(line: loc.line, column: loc.column + 1)))
    default:
      return SpecDecodingError(
        DecodeDiagnostics.yamlSyntax, .spec(.yaml("\(error)")),
        at: SourceRange(line: position.firstLine, column: 1, length: 1))
    }
  }

  /// Whether libyaml's problem comes from a tab in the indentation (its words, matched).
  private static func isAboutTabs(_ problem: String) -> Bool {
    problem.contains("tab") || problem.contains("cannot start any token")
  }

  /// The bracket libyaml's context names ("while parsing a flow sequence" → `[`), or nil.
  private static func openingBracket(_ context: String) -> String? {
    if context.contains("flow sequence") { return "[" }
    if context.contains("flow mapping") { return "{" }
    return nil
  }
}

/// Thrown up through the decoders once a problem is kept in ``DecodingState/fieldErrors``:
/// the decode cannot go on here, and the problem is already reported.
struct ReportedBelow: Error {}

/// Bookkeeping shared by all the decoders of one decode: the keys each mapping was asked for.
final class DecodingState {
  let position: YAMLPosition
  private var mappings: [(node: Node.Mapping, requested: Set<String>)] = []
  private var index: [String: Int] = [:]
  /// Problems of list items after the first bad one, found so that every bad item is reported.
  private(set) var laterItemErrors: [SpecDecodingError] = []

  /// Problems of fields, each kept while the decode went on (``NodeKeyedContainer``).
  private(set) var fieldErrors: [SpecDecodingError] = []
  /// True once a bad field was replaced by a stand-in value (or left out, when optional).
  var usedStandIn = false

  /// Keeps a problem of a list item after the first bad item of its list.
  func recordLaterItem(_ error: Error) { laterItemErrors.append(convert(error)) }

  /// Keeps the problem of a field, whose decode goes on.
  func recordField(_ error: SpecDecodingError) { fieldErrors.append(error) }

  /// A value of `T` to go on decoding with after a bad field: the first case of an enumeration,
  /// or what `T` makes of a decoder that answers every question with nothing (0, "", false, no
  /// items, absent fields); nil when `T` refuses that. Never used as a result: a decode that
  /// needed one fails with the fields' problems.
  func standIn<T: Decodable>(_ type: T.Type) -> T? {
    usedStandIn = true
    if let cases = type as? any CaseIterable.Type, let first = Self.firstCase(cases) as? T { return first }
    return try? T(from: StandInDecoder())
  }

  private static func firstCase<C: CaseIterable>(_ type: C.Type) -> Any? { C.allCases.first }

  init(position: YAMLPosition) { self.position = position }

  func register(_ mapping: Node.Mapping, path: [CodingKey]) -> Int {
    let key = path.map(\.stringValue).joined(separator: "\u{0}")
    if let i = index[key] { return i }
    mappings.append((mapping, []))
    index[key] = mappings.count - 1
    return mappings.count - 1
  }

  func request(_ key: String, in mapping: Int) { mappings[mapping].requested.insert(key) }

  /// Keys present in a mapping that no field asked for.
  func unknownKeys(onlyWithSuggestions: Bool) -> [SpecDecodingError] {
    var out: [SpecDecodingError] = []
    for (mapping, requested) in mappings where !requested.isEmpty || !onlyWithSuggestions {
      for (k, _) in mapping {
        let name = k.string ?? ""
        guard !requested.contains(name) else { continue }
        let candidates = requested.sorted()
        let help = Diagnostic.didYouMean(name, among: candidates)
        if onlyWithSuggestions && help == nil { continue }
        out.append(
          SpecDecodingError(
            DecodeDiagnostics.unknownField, .spec(.unknownField(name, fields: help == nil ? candidates : [])),
            at: position.range(of: k), help: help))
      }
    }
    return out
  }

  /// Turns any error thrown during decoding into a positioned one.
  func convert(_ error: Error) -> SpecDecodingError {
    if let e = error as? SpecDecodingError { return e }
    return SpecDecodingError(DecodeDiagnostics.typeMismatch, "\(error)")
  }
}

/// A node's YAML type, as messages describe it.
func describe(_ node: Node) -> FoundValue {
  switch node {
  case .scalar(let s): s.string.isEmpty ? .empty : .scalar(s.string)
  case .mapping: .mapping
  case .sequence: .list
  case .alias: .alias
  }
}

/// The words for a field path such as `tasks[1].eta`.
func pathText(_ path: [CodingKey]) -> String {
  var s = ""
  for k in path {
    if let i = k.intValue {
      s += "[\(i)]"
    } else {
      s += s.isEmpty ? k.stringValue : ".\(k.stringValue)"
    }
  }
  return s
}
