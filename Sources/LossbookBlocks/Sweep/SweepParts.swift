import LossbookCore
import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// A shard's replicates in the partial results file, and their joining at `lossbook merge`.
///
/// Each draw is written exactly: its numbers as the hexadecimal bit patterns of the doubles,
/// its verdict as a code, so the merged report is the same bytes as a one-machine render.
enum SweepParts {
  /// `{"from": g0, "to": g1, "total": T, "draws": [[p, verdict, eta, lower, upper], ...]}`.
  static func json(_ draws: [SweepDraw?], range: Range<Int>) -> JSONValue {
    var list: [JSONValue] = []
    list.reserveCapacity(range.count)
    for g in range {
      let d = draws[g] ?? .failed
      list.append(
        .array([
          .string(hex(d.p)), .string(d.verdict?.rawValue ?? "failed"), .string(hex(d.eta)), .string(hex(d.lower)),
          .string(hex(d.upper)),
        ]))
    }
    return .object([
      ("from", .number(Double(range.lowerBound))), ("to", .number(Double(range.upperBound))),
      ("total", .number(Double(draws.count))), ("draws", .array(list)),
    ])
  }

  static func hex(_ x: Double) -> String {
    let s = String(x.bitPattern, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }

  static func double(_ v: JSONValue?) -> Double? {
    guard case .string(let s)? = v, s.utf8.count == 16, let bits = UInt64(s, radix: 16) else { return nil }
    return Double(bitPattern: bits)
  }

  /// Every replicate from the parts, each exactly once; anything else is a failure at the block.
  static func join(_ parts: [JSONValue], total: Int, at range: SourceRange) throws(BlockFailure) -> [SweepDraw?] {
    var draws = [SweepDraw?](repeating: nil, count: total)
    func bad(_ why: SweepPartProblem) -> BlockFailure {
      BlockFailure(SweepDiagnostics.badParts, SweepWords.badParts(why), at: range, help: SweepWords.badPartsHelp)
    }
    for part in parts {
      guard let from = part["from"]?.number, let to = part["to"]?.number, let t = part["total"]?.number,
        case .array(let list)? = part["draws"], Int(t) == total, from >= 0, to <= t, from <= to,
        list.count == Int(to - from)
      else { throw bad(.shape(total: total)) }
      for (i, item) in list.enumerated() {
        let g = Int(from) + i
        guard draws[g] == nil else { throw bad(.twice(g)) }
        guard case .array(let f) = item, f.count == 5, case .string(let code) = f[1],
          let p = double(f[0]), let eta = double(f[2]), let lower = double(f[3]), let upper = double(f[4])
        else { throw bad(.shape(total: total)) }
        if code == "failed" {
          draws[g] = .failed
        } else if let v = Verdict(rawValue: code) {
          draws[g] = SweepDraw(p: p, verdict: v, eta: eta, lower: lower, upper: upper)
        } else {
          throw bad(.shape(total: total))
        }
      }
    }
    if let missing = draws.firstIndex(where: { $0 == nil }) { throw bad(.missing(missing)) }
    return draws
  }
}
