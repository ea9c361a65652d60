/// Names one independent random stream: which block, which of its streams, which replicate.
///
/// Together with the notebook's seed, a key determines a ``RandomStream`` completely, so a
/// result never depends on how work was split between threads.
public struct RandomStreamKey: Sendable, Hashable {
  /// The id of the block that draws (for example `"ladder"`).
  public var block: String
  /// The purpose of the stream inside the block (for example `"noise"` or `"bootstrap"`).
  public var stream: String
  /// The replicate index (0 for a block that draws once).
  public var replicate: Int

  /// Creates a key.
  public init(block: String, stream: String, replicate: Int = 0) {
    self.block = block
    self.stream = stream
    self.replicate = replicate
  }
}

extension RandomStreamKey {
  /// The 32-bit Mersenne Twister seed for this key under a notebook seed.
  ///
  /// The recipe, fixed forever because reports depend on it:
  /// 1. `h` = FNV-1a 64 (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`) over the
  ///    UTF-8 bytes of `block`, one `0` byte, the UTF-8 bytes of `stream`, one `0` byte.
  /// 2. `s = mix(mix(mix(seed) ^ h) ^ UInt64(bitPattern: Int64(replicate)))`, where `mix` is the
  ///    splitmix64 step: add `0x9e3779b97f4a7c15`, then `z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9`,
  ///    `z = (z ^ (z >> 27)) &* 0x94d049bb133111eb`, `z ^ (z >> 31)`.
  /// 3. Fold to 32 bits: `UInt32(s >> 32) ^ UInt32(s & 0xffffffff)`, because GSL's mt19937
  ///    uses only the low 32 bits of a seed (seeds 1 and 2^32 + 1 give the same stream).
  /// 4. A folded value of 0 becomes `0x6a09e667`: GSL would silently replace seed 0 by its
  ///    default 4357, which another key could also produce.
  public func mersenneSeed(seed: UInt64) -> UInt32 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func absorb(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    for byte in block.utf8 { absorb(byte) }
    absorb(0)
    for byte in stream.utf8 { absorb(byte) }
    absorb(0)
    let mixed = Self.splitmix64(
      Self.splitmix64(Self.splitmix64(seed) ^ hash) ^ UInt64(bitPattern: Int64(replicate)))
    let folded = UInt32(truncatingIfNeeded: mixed >> 32) ^ UInt32(truncatingIfNeeded: mixed)
    return folded == 0 ? 0x6a09_e667 : folded
  }

  /// One splitmix64 step (Steele, Lea and Flood 2014) as a pure function of its input.
  static func splitmix64(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
