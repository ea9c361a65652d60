import LossbookStats

/// The diagnostics of a `budget` block (`BudgetDiagnostics` in LossbookBlocks names their
/// ids). Numbers arrive as the notebook writes them (`95`, not `95.0`).
public enum BudgetProblem: Sendable, Hashable {
  case badLevel(String)
  case badLevelHelp
  case replicatesBelow1
  case replicatesHelp
  case tooManyReplicates(asked: Int, threshold: String, has: Int)
  case tooManyReplicatesHelp(has: Int)
  case unreachable(threshold: String, e: String)
  case unreachableHelp
  case noSizes, noSizesHelp
  case badSize(String)
  case badSizeHelp
  case lawENotFinite
  /// `constant` is A, B, alpha or beta.
  case lawNotPositive(constant: String, value: String)
  case lawHelp
  case notAFit(block: String)
  case notAFitHelp
  case noChinchilla(fit: String)
  case noChinchillaHelp
  /// `status` as the fit's results name it (`not_converged`, `unidentified`); `reason` may be `none`.
  case lawNotFitted(fit: String, status: String, reason: FitStatusReason)
  case lawNotFittedHelp
  case lawAtZero(fit: String)
  case lawAtZeroHelp
  case thresholdNotFinite
  case thresholdHelp
  case notAThreshold(block: String)
  case notAThresholdHelp
}

/// The diagnostics of a `collapse` block (`CollapseDiagnostics` in LossbookBlocks).
public enum CollapseProblem: Sendable, Hashable {
  case oneGroup(by: String, label: String)
  case oneGroupHelp
  case noOverlap(by: String, groups: Int, minOverlap: Int)
  case noOverlapHelp(minOverlap: Int)
  /// `model` as the notebook names it.
  case thresholdNeedsHinge(model: String)
  case thresholdNeedsHingeHelp
  case mustBe(field: String, CollapseRule)
  /// "the hinge with a shift per group: <reason>" (`curve` as the notebook names it).
  case shiftedFitFailed(curve: String, reason: FitError?)
  case fitHelp
  case noCandidate
  case toleranceHelp, alphaHelp, levelHelp, replicatesHelp, minOverlapHelp
}

/// What a collapse option must be.
public enum CollapseRule: Sendable, Hashable {
  case positiveInYUnits, between0AndHalf, between0And1, zeroOrMore, oneOrMore
}

/// The diagnostics of a `sweep` block (`SweepDiagnostics` in LossbookBlocks), and of merging
/// its shards.
public enum SweepProblem: Sendable, Hashable {
  case notAFamily(block: String)
  case notAFamilyHelp
  case unknownTask(task: String, family: String, tasks: [String])
  case notHinge(task: String)
  case notHingeHelp
  case atLeast(field: String, Int)
  case replicatesHelp, bootstrapHelp
  /// Numbers as `SpecLimit.show` writes them.
  case between(field: String, value: String)
  case alphaHelp, levelHelp
  case minSide(Int)
  case minSideHelp
  case unsupportedTest(String)
  case testsHelp
  case emptyList(field: String)
  case badValue(SweepFieldWord, value: String, sizes: Int)
  case valueHelp(SweepFieldWord)
  case checkpointsNeedGrids(family: String)
  case overBudget(fits: String, budget: String, time: SweepDuration)
  case overBudgetHelp
  case badParts(SweepPartProblem)
  case badPartsHelp
}

/// How long a sweep would take on one core, rounded to its unit.
public enum SweepDuration: Sendable, Hashable {
  case seconds(Int)
  case minutes(Int)
  case hours(Int)
}

/// Why the shards given to merge do not fit a sweep.
public enum SweepPartProblem: Sendable, Hashable {
  case shape(total: Int)
  case twice(Int)
  case missing(Int)
}
