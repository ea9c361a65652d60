/// Collects the diagnostics of a run and answers whether any is an error.
public struct DiagnosticList: Sendable {
  public private(set) var items: [Diagnostic] = []

  public init() {}

  public mutating func append(_ d: Diagnostic) { items.append(d) }
  public mutating func append(contentsOf ds: [Diagnostic]) { items.append(contentsOf: ds) }

  public var hasErrors: Bool { items.contains { $0.severity == .error } }
  public var errors: [Diagnostic] { items.filter { $0.severity == .error } }

  /// The diagnostics in source order (then by id), so that output never depends on the order
  /// in which stages or threads found them.
  public var sorted: [Diagnostic] {
    items.enumerated().sorted { a, b in
      let la = a.element.range?.start ?? SourceLocation(line: 0, column: 0)
      let lb = b.element.range?.start ?? SourceLocation(line: 0, column: 0)
      if la != lb { return la < lb }
      if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
      return a.offset < b.offset
    }.map(\.element)
  }
}
