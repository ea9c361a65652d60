import LossbookSyntax
import LossbookWords

/// The blocks of a notebook and what each depends on, in a run order that respects it.
///
/// Built in the resolve stage: duplicate ids, references to unknown ids and cycles are
/// diagnosed here, before anything runs.
public struct DependencyGraph: Sendable {
  /// Block ids in document order.
  public let ids: [String]
  /// For each block (by index), the indices of the blocks it depends on, sorted.
  public let dependencies: [[Int]]
  /// A topological order that keeps document order wherever dependencies allow.
  public let order: [Int]
  /// For each block, the dependencies it only waits for (implicit, not named), sorted.
  public let implicitDependencies: [[Int]]

  /// One node: its id (with where it is written), the ids it names, and the ids it waits for
  /// without naming them (every member of the family of tests, see ``TestFamily``).
  public struct Node: Sendable {
    public var id: Located<String>
    public var references: [Located<String>]
    public var implicitReferences: [Located<String>]
    public init(id: Located<String>, references: [Located<String>], implicitReferences: [Located<String>] = []) {
      self.id = id
      self.references = references
      self.implicitReferences = implicitReferences
    }
  }

  /// Builds the graph; problems are appended to `diagnostics`.
  public static func build(_ nodes: [Node], diagnostics: inout [Diagnostic]) -> DependencyGraph {
    var index: [String: Int] = [:]
    for (i, n) in nodes.enumerated() {
      if let first = index[n.id.value] {
        diagnostics.append(
          Diagnostic(
            ResolveDiagnostics.duplicateID, .error, .engine(.duplicateID(n.id.value)),
            at: n.id.range, help: .engine(.duplicateIDHelp),
            notes: [DiagnosticNote(.engine(.firstDefinedHere(n.id.value)), at: nodes[first].id.range)], stage: .resolve
          ))
      } else {
        index[n.id.value] = i
      }
    }
    let allIDs = nodes.map(\.id.value)
    var deps: [[Int]] = []
    var waited: [[Int]] = []
    for (i, n) in nodes.enumerated() {
      var d = Set<Int>()
      for r in n.references {
        if let j = index[r.value] {
          if j == i {
            diagnostics.append(
              Diagnostic(
                ResolveDiagnostics.dependencyCycle, .error, .engine(.refersToItself(block: r.value)), at: r.range,
                stage: .resolve))
          } else {
            d.insert(j)
          }
        } else {
          diagnostics.append(
            Diagnostic(
              ResolveDiagnostics.unknownReference, .error, .engine(.noBlock(id: r.value)), at: r.range,
              help: Diagnostic.didYouMean(r.value, among: allIDs), stage: .resolve))
        }
      }
      var implicit = Set<Int>()
      for r in n.implicitReferences { if let j = index[r.value], j != i, !d.contains(j) { implicit.insert(j) } }
      waited.append(implicit.sorted())
      deps.append(d.union(implicit).sorted())
    }
    let order = topologicalOrder(deps, nodes: nodes, diagnostics: &diagnostics)
    return DependencyGraph(ids: allIDs, dependencies: deps, order: order, implicitDependencies: waited)
  }

  /// Kahn's algorithm, always taking the earliest ready block (from a heap, so that thousands
  /// of independent blocks are ordered in n log n, not n² log n); a cycle is reported once.
  private static func topologicalOrder(_ deps: [[Int]], nodes: [Node], diagnostics: inout [Diagnostic]) -> [Int] {
    let n = deps.count
    var remaining = deps.map { Set($0) }
    var dependants = [[Int]](repeating: [], count: n)
    for (i, d) in deps.enumerated() { for j in d { dependants[j].append(i) } }
    var done = [Bool](repeating: false, count: n)
    var queued = [Bool](repeating: false, count: n)
    var order: [Int] = []
    var ready = SmallestFirst()
    for i in 0..<n where remaining[i].isEmpty {
      ready.insert(i)
      queued[i] = true
    }
    while let i = ready.popSmallest() {
      done[i] = true
      order.append(i)
      for k in dependants[i] {
        remaining[k].remove(i)
        if remaining[k].isEmpty && !done[k] && !queued[k] {
          ready.insert(k)
          queued[k] = true
        }
      }
    }
    if order.count < n {
      // Walk from the first unfinished block to find one cycle to show.
      var path: [Int] = []
      var current = (0..<n).first { !done[$0] } ?? 0
      var seen: [Int: Int] = [:]
      while seen[current] == nil {
        seen[current] = path.count
        path.append(current)
        current = remaining[current].sorted().first ?? current
      }
      let cycle = Array(path[(seen[current] ?? 0)...])
      let names = (cycle + [cycle[0]]).map { "'\(nodes[$0].id.value)'" }.joined(separator: " → ")
      let first = nodes[cycle[0]]
      let next = nodes[cycle.count > 1 ? cycle[1] : cycle[0]].id.value
      let ref = first.references.first { $0.value == next } ?? first.implicitReferences.first { $0.value == next }
      let waits = cycle.indices.contains { k in
        let target = nodes[cycle[(k + 1) % cycle.count]].id.value
        return nodes[cycle[k]].implicitReferences.contains { $0.value == target }
      }
      diagnostics.append(
        Diagnostic(
          ResolveDiagnostics.dependencyCycle, .error, .engine(.cycle(names)),
          at: ref?.range ?? first.id.range,
          help: waits ? .engine(.cycleWaitsHelp) : .engine(.cycleHelp),
          notes: cycle.dropFirst().map { DiagnosticNote(.engine(.isHere(nodes[$0].id.value)), at: nodes[$0].id.range) },
          stage: .resolve))
    }
    return order
  }
}

/// A binary min-heap of block indices: the ready blocks, earliest first.
struct SmallestFirst {
  private var heap: [Int] = []

  /// Adds `i`.
  mutating func insert(_ i: Int) {
    heap.append(i)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child] < heap[parent] else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  /// Removes and returns the smallest index, or nil when empty.
  mutating func popSmallest() -> Int? {
    guard let smallest = heap.first else { return nil }
    let last = heap.removeLast()
    guard !heap.isEmpty else { return smallest }
    heap[0] = last
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var least = parent
      if left < heap.count && heap[left] < heap[least] { least = left }
      if right < heap.count && heap[right] < heap[least] { least = right }
      guard least != parent else { return smallest }
      heap.swapAt(parent, least)
      parent = least
    }
  }
}

/// The diagnostic ids of the resolve stage.
public enum ResolveDiagnostics {
  public static let duplicateID: DiagnosticID = "duplicate-id"
  public static let unknownReference: DiagnosticID = "unknown-reference"
  public static let dependencyCycle: DiagnosticID = "dependency-cycle"
  public static let unknownParameter: DiagnosticID = "unknown-parameter"
  public static let unknownBlockKind: DiagnosticID = "unknown-block-kind"
}
