/// The registered block kinds, by name, in the order they were registered.
public struct BlockRegistry: Sendable {
  public let kinds: [any BlockKind]

  public init(_ kinds: [any BlockKind]) {
    var seen = Set<String>()
    for k in kinds { precondition(seen.insert(k.name).inserted, "block kind '\(k.name)' registered twice") }
    self.kinds = kinds
  }

  public var names: [String] { kinds.map(\.name) }

  public func kind(named name: String) -> (any BlockKind)? { kinds.first { $0.name == name } }
}
