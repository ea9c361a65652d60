import LossbookEngine

/// Every block kind lossbook knows, one line each. Adding a kind: a folder under
/// `Sources/LossbookBlocks/` and one line here (see README.md).
public let allBlockKinds: [any BlockKind] = [
  FamilyBlock.kind,
  DataBlock.kind,
  FitBlock.kind,
  PlotBlock.kind,
  TableBlock.kind,
  ThresholdBlock.kind,
  ExploreBlock.kind,
  ExplainBlock.kind,
  BudgetBlock.kind,
  SweepBlock.kind,
  CollapseBlock.kind,
]

/// The registry of every block kind.
public let standardRegistry = BlockRegistry(allBlockKinds)
