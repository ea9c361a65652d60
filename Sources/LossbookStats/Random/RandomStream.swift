internal import CGSL

/// A reproducible random stream: GSL's MT19937 seeded from a notebook seed and a key.
///
/// The instance owns its `gsl_rng` (allocated in `init`, freed in `deinit`). It is not
/// `Sendable`: give each thread its own stream, and reuse one allocation across replicates
/// with ``reseed(seed:key:)``. `gsl_rng_env_setup()` is never called, so the environment
/// variables `GSL_RNG_TYPE` and `GSL_RNG_SEED` cannot change a result. Streams are tied to
/// the GSL version (Debian 12 pins 2.7.1).
public final class RandomStream {
  private let generator: UnsafeMutablePointer<gsl_rng>

  /// The largest trial count one `gsl_ran_binomial` call accepts.
  private static let maxTrialsPerCall = Int(UInt32.max)

  /// A stream for `key` under the notebook `seed`; see ``RandomStreamKey/mersenneSeed(seed:)``.
  public convenience init(seed: UInt64, key: RandomStreamKey) {
    self.init(mersenneSeed: key.mersenneSeed(seed: seed))
  }

  /// A stream seeded with a raw 32-bit MT19937 seed, without key mixing (as `gsl_rng_set`).
  init(mersenneSeed: UInt32) {
    GSLRuntime.start()
    guard let generator = gsl_rng_alloc(lb_rng_mt19937()) else {
      fatalError("gsl_rng_alloc failed: out of memory")
    }
    self.generator = generator
    gsl_rng_set(generator, UInt(mersenneSeed))
  }

  deinit {
    gsl_rng_free(generator)
  }

  /// Restarts this stream as if it had been created with `init(seed:key:)`.
  public func reseed(seed: UInt64, key: RandomStreamKey) {
    gsl_rng_set(generator, UInt(key.mersenneSeed(seed: seed)))
  }

  /// The next raw 32-bit output of the generator (`gsl_rng_get`).
  func nextRaw() -> UInt32 {
    UInt32(truncatingIfNeeded: gsl_rng_get(generator))
  }

  /// A uniform draw from [0, 1) (`gsl_rng_uniform`).
  public func uniform() -> Double {
    gsl_rng_uniform(generator)
  }

  /// A draw from Normal(0, sd²) (`gsl_ran_gaussian`, Box–Muller polar method).
  ///
  /// The method rejects some pairs, so it consumes a variable number of uniforms: reseed per
  /// replicate rather than relying on positions within a stream.
  public func gaussian(sd: Double) -> Double {
    gsl_ran_gaussian(generator, sd)
  }

  /// A draw from Normal(0, sd²) by the ziggurat method (`gsl_ran_gaussian_ziggurat`,
  /// Marsaglia and Tsang 2000): about one generator output per draw, several times faster
  /// than ``gaussian(sd:)``, for resampling loops. A different sampler gives different draws.
  public func gaussianZiggurat(sd: Double) -> Double {
    gsl_ran_gaussian_ziggurat(generator, sd)
  }

  /// A draw from Binomial(trials, p) (`gsl_ran_binomial`).
  ///
  /// `p` is clamped into [0, 1]; a NaN `p` is a programming error. Counts above `UInt32.max`
  /// (GSL's limit per call) are drawn as a sum of independent binomials, which has exactly
  /// the same distribution. `trials` must not be negative.
  public func binomial(p: Double, trials: Int) -> Int {
    precondition(!p.isNaN, "binomial probability is NaN")
    precondition(trials >= 0, "binomial trial count \(trials) is negative")
    let probability = Swift.min(Swift.max(p, 0), 1)
    var remaining = trials
    var successes = 0
    while remaining > 0 {
      let chunk = Swift.min(remaining, Self.maxTrialsPerCall)
      successes += Int(gsl_ran_binomial(generator, probability, UInt32(chunk)))
      remaining -= chunk
    }
    return successes
  }

  /// A uniform integer in `0..<n` (`gsl_rng_uniform_int`, unbiased by rejection).
  ///
  /// `n` must lie in `1...UInt32.max` (GSL's limit for MT19937, whose range is 0...2^32 − 1).
  public func uniformInt(below n: Int) -> Int {
    precondition(n > 0 && n <= Int(UInt32.max), "uniformInt(below: \(n)) needs 1 <= n <= 2^32 - 1")
    return Int(gsl_rng_uniform_int(generator, UInt(n)))
  }
}
