import Foundation
import LossbookCore
import LossbookEngine
import LossbookSimulation
import LossbookTestSupport
import Testing

@testable import LossbookBlocks

/// Swift's side of TEACHING X7: the success probability p(L) of every explorer state in the
/// notebooks (and the per-token probability q(L) of an exact-match state), kept in a committed fixture that `Scripts/browser-check` compares with the page's
/// own script, so the report itself carries no test-only data. Re-record with
/// `RECORD_GOLDENS=1 swift test --filter ExplorerCurvesTests` after a notebook or the simulator
/// changes.
@Suite struct ExplorerCurvesTests {
  static let fixture = packageRoot + "/Tests/LossbookEndToEndTests/Fixtures/explorer-curves.json"

  /// Notebooks (relative to `Notebooks/`, without `.md`) that have an `explore` block.
  static let notebooks: [String] = NotebookGoldenTests.notebooks.filter { name in
    let text = (try? String(contentsOfFile: packageRoot + "/Notebooks/\(name).md", encoding: .utf8)) ?? ""
    return text.contains("```explore ")
  }

  @Test func theFixtureIsUpToDate() throws {
    #expect(
      Self.notebooks.contains("tour") && Self.notebooks.contains("ja/shutsugen-nouryoku")
        && Self.notebooks.contains("metric-mirage"), "\(Self.notebooks)")
    var reports: [(String, JSONValue)] = []
    for name in Self.notebooks {
      let explorers = try ExplorerRun.explorers(in: packageRoot + "/Notebooks/\(name).md")
      #expect(!explorers.isEmpty, "Notebooks/\(name).md has an explore block but no explorer ran")
      reports.append(("\(name).html", .object(explorers.map { ($0.blockID, ExplorerCurves.json($0)) })))
    }
    let text = JSONValue.object([
      (
        "about",
        .string(
          "Swift's p(L) (LossbookSimulation.TaskShape) of each explorer state, at \(ExplorerCurves.count) equally spaced losses "
            + "over the explorer's simulated loss range; read by Scripts/browser-check. Re-record: RECORD_GOLDENS=1 swift test"
        )
      ),
      ("reports", .object(reports)),
    ]).serialized()
    Golden.check(text, against: Self.fixture)
  }

  /// The curves are the simulator's: a state's p is `TaskShape.probability`, the function the
  /// family block scores its checkpoints with, not a copy of it.
  @Test func theCurvesAreTheSimulatorsOwn() {
    let pairs: [(ExploreBlock.Shape, TaskShape)] = [
      (
        .hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 0.9),
        .hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 0.9)
      ),
      (
        .logistic(random: 0.25, ceiling: 0.6, mid: 2.3, width: 0.2),
        .logistic(random: 0.25, ceiling: 0.6, mid: 2.3, width: 0.2)
      ),
      (.exactMatch(tokens: 5, rate: 1.5, floor: 1.86), .exactMatch(tokens: 5, rate: 1.5, floor: 1.86)),
    ]
    for (shape, task) in pairs {
      let curve = ExplorerCurves.curve(ExploreState(shape: shape, items: 1000), loss: 1.9...2.6)
      #expect(curve.loss.count == ExplorerCurves.count)
      #expect(curve.loss.first == 1.9 && curve.loss.last == 2.6)
      #expect(zip(curve.loss, curve.p).allSatisfy { task.probability(loss: $0) == $1 }, "\(shape)")
    }
    // An exact-match state's per-token curve is the simulator's q(L), the `_token` column's.
    let exact = ExploreState(shape: .exactMatch(tokens: 8, rate: 1.3, floor: 1.85), items: 1319)
    let loss = ExplorerCurves.curve(exact, loss: 1.9...2.6).loss
    let token = ExplorerCurves.token(exact, loss: loss)
    #expect(token.map(\.0) == ["token"])
    guard case .array(let q)? = token.first?.1 else { return }
    #expect(q == loss.map { .number(TaskShape.tokenProbability(loss: $0, rate: 1.3, floor: 1.85)) })
    #expect(
      ExplorerCurves.token(ExploreState(shape: .hinge(random: 0.25, eta: 2.2, slope: 0.9, ceiling: 1)), loss: loss)
        .isEmpty)
  }
}

/// Runs a notebook's blocks (no report is written) and returns its explorers.
enum ExplorerRun {
  static func explorers(in path: String) throws -> [ExploreResult] {
    let pipeline = Pipeline(registry: standardRegistry)
    let file = try pipeline.load(path).get()
    let analyzed = Analyzer(registry: standardRegistry).analyze(file)
    #expect(!analyzed.diagnostics.contains { $0.severity == .error }, "\(path): \(analyzed.diagnostics.map(\.message))")
    let folder = (path as NSString).deletingLastPathComponent
    let outcomes = Executor(jobs: 2, dataFiles: DataFileOpener(roots: [folder])).run(analyzed)
    return outcomes.compactMap { $0?.result as? ExploreResult }
  }
}

/// One explorer's entry in the fixture: its notebook seed, its task, the losses and, for the
/// report's own state and each teaching preset, the state's parameters and p at those losses.
enum ExplorerCurves {
  /// Losses per curve (X7: "at 50 loss values").
  static let count = 50

  static func curve(_ state: ExploreState, loss: ClosedRange<Double>) -> (loss: [Double], p: [Double]) {
    let step = (loss.upperBound - loss.lowerBound) / Double(count - 1)
    let losses = (0..<count).map { $0 == count - 1 ? loss.upperBound : loss.lowerBound + Double($0) * step }
    return (losses, losses.map { state.shape.probability(loss: $0) })
  }

  /// An exact-match state's per-token probability q(L) at `loss` (the simulator's
  /// `TaskShape.tokenProbability`, the family's `<task>_token` column); nothing for other shapes.
  static func token(_ state: ExploreState, loss: [Double]) -> [(String, JSONValue)] {
    guard state.shape.isExactMatch else { return [] }
    return [("token", .array(loss.map { .number(state.shape.tokenProbability(loss: $0) ?? .nan) }))]
  }

  static func json(_ e: ExploreResult) -> JSONValue {
    let states = [("default", e.own)] + e.presets.map { ($0.preset.rawValue, $0.state) }
    let loss = curve(e.own, loss: e.simulatedLoss).loss
    return .object([
      ("seed", .number(Double(e.seed))), ("task", .string(e.taskName)), ("loss", .array(loss.map { .number($0) })),
      (
        "states",
        .array(
          states.map { name, state in
            .object(
              [
                ("name", .string(name)), ("shape", .string(state.shape.name)),
                ("values", .object(state.shape.values.map { ($0.0, .number($0.1)) })),
                ("items", state.items.map { .number(Double($0)) } ?? .null),
                ("p", .array(curve(state, loss: e.simulatedLoss).p.map { .number($0) })),
              ] + token(state, loss: loss))
          })
      ),
    ])
  }
}
