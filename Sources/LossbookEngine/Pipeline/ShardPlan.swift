import LossbookCore

/// `--shard K/N`: the K-th of N slices of the replicates of every block that can be split
/// (a `sweep`), so that N machines can share one render and `lossbook merge` can join them.
public struct ShardPlan: Sendable, Equatable {
  /// K, from 1 to `count`.
  public var index: Int
  /// N, at least 1.
  public var count: Int

  public init?(index: Int, count: Int) {
    guard count >= 1, index >= 1, index <= count else { return nil }
    self.index = index
    self.count = count
  }

  /// Reads `K/N` (1 ≤ K ≤ N); nil for anything else.
  public static func parse(_ text: String) -> ShardPlan? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    return ShardPlan(index: k, count: n)
  }

  /// This shard's consecutive slice of `total` numbered pieces of work: the slices of shards
  /// 1 to N cover 0..<total once, in order, and differ in size by at most one.
  public func slice(of total: Int) -> Range<Int> {
    let lower = Int((Int64(total) * Int64(index - 1)) / Int64(count))
    let upper = Int((Int64(total) * Int64(index)) / Int64(count))
    return lower..<upper
  }

  /// `K/N`.
  public var text: String { "\(index)/\(count)" }
}

/// A result computed from a slice of its replicates when the render runs one shard: its part
/// of the partial results file, which the block reads back (`ExecutionContext.parts`) when
/// `lossbook merge` joins the shards.
public protocol ShardedResult: BlockResult {
  /// This shard's replicates, as codes and numbers.
  var partJSON: JSONValue { get }
}
