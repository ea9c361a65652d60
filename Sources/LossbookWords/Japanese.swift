import LossbookCore

/// The Japanese catalogue. Labels follow Quarto's `_language-ja.yml` (目次, 図, 表, コード); the
/// vocabulary and its review are in docs/ja-review.md.
struct Japanese: Catalogue {
  /// Punctuation that must not start a line (kinsoku, 行頭禁則): it sticks to what precedes.
  static let noLineStart: Set<Unicode.Scalar> = [
    "、", "。", "，", "．", "）", "」", "』", "】", "〕", "！", "？", "ー", "・", "：", "％", "々",
  ]

  // MARK: - Page

  func text(_ key: PageMessage) -> String {
    switch key {
    case .contents: "目次"
    case .source: "コード"
    case .result: "結果"
    case .figure: "図"
    case .table: "表"
    case .data: "データ"
    case .downloadCSV: "データ（CSV）"
    case .downloadSVG: "図（SVG）"
    case .error: "エラー"
    case .skipped: "未実行"
    case .model: "モデル"
    case .estimate: "推定値"
    case .standardError: "標準誤差"
    case .interval95: "95%信頼区間"
    case .parameter: "パラメータ"
    case .converged: "収束"
    case .yes: "はい"
    case .no: "いいえ"
    case .rows: "行"
    case .columns: "列"
    case .definition(let d): "（\(d)）"
    case .range(let lower, let upper): "\(lower)から\(upper)"
    case .verdictLabel: "判定："
    case .blockTable(let id): "表: \(id)"
    case .proseTable(let n): "本文中の表\(n)"
    case .imageNotShown(let alt): "［\(alt.isEmpty ? "画像" : alt)：レポートは外部から何も読み込まないため、表示しません］"
    case .showingFirst(let shown, let total): "全\(total)行のうち先頭\(shown)行を表示。"
    case .noData: "データなし"
    case .guessing: "ランダム推測レベル"
    case .lowerIsBetter: "右ほど低い＝良い →"
    case .preTrainingLoss: "事前学習損失"
    case .count: "度数"
    case .fitName(let model):
      switch model {
      case "hinge": "折れ線"
      case "logistic": "ロジスティック"
      case "linear": "直線"
      default: model
      }
    case .numbered(let label, let n): "\(label == .figure ? "図" : "表")\(n)"
    case .numberedCaption(let label, let n, let caption): "\(label == .figure ? "図" : "表")\(n)：\(caption)"
    case .footer(let version, let notebook, let seed):
      "lossbook \(version) で \(notebook) から作成（シード \(seed)）。数値はこのレポートの隣の結果ファイルにあります。"
    case .reset: "元に戻す"
    case .teachingExamples: "例を試す："
    case .presetEmergent: "閾値あり（出現型）"
    case .presetSmooth: "なめらかなS字曲線"
    case .presetMirage(let tokens): "完全一致の見かけの急変（\(tokens)トークン）"
    case .presetFewQuestions(let items): "問題を減らす（\(items)問）"
    case .references: "参考文献"
    case .etAl(let first): "\(first)ら"
    case .twoAuthors(let a, let b): "\(a)と\(b)"
    case .noDate: "年不明"
    case .narrativeCitation(let authors, let inner): "\(authors)（\(inner)）"
    case .parentheticalCitation(let works): "（" + works.joined(separator: "；") + "）"
    }
  }

  // MARK: - Threshold

  func text(_ key: ThresholdMessage) -> String {
    switch key {
    case .caption(let y, let x, let n): "\(y)の\(x)に対する閾値分析（n = \(n)）"
    case .thresholdHinge: "閾値（折れ線）"
    case .valueWithMethod(let value, let method): "\(value)（\(method)）"
    case .deltaInterval: "デルタ法の区間"
    case .deltaValue(let value, let level): "\(value)（\(level)区間、デルタ法）"
    case .adjustedSuffix(let p): "、\(p)"
    case .adjustedP(let method, let p): "\(method)法で補正した\(p)"
    case .supFValue(let statistic, let at, let p, let adjusted, let replicates):
      "\(statistic)（η = \(at)）、\(p)\(adjusted)（B = \(replicates)）"
    case .daviesTest: "Davies検定"
    case .chowTest: "Chow検定"
    case .chowValue(let f, let at, let p, let adjusted): "F = \(f) η = \(at), \(p)\(adjusted)"
    case .peltValue(let changes, let lastAt): "変化点\(changes)個" + (lastAt.map { "、最後は\($0)" } ?? "")
    case .binarySegmentation: "二分割法"
    case .breakpoints(let list): "区切り \(list)"
    case .multipleTesting: "多重検定"
    case .familyNotAdjusted(let tests, let blocks):
      "p値は補正していません（adjust: none）。このノートブックの検定を含むブロック\(blocks)個に検定が\(tests)個あります"
    case .familyAdjusted(let method, let tests, let blocks):
      "このノートブックの検定を含むブロック\(blocks)個の検定\(tests)個をまとめて\(method)法で補正。判定は補正後のsup-Fのp値による"
    case .bicEntry(let model, let bic, let best): "\(model) \(bic)" + (best ? "（最良）" : "")
    case .logisticNotFitted: "ロジスティック：当てはめできず（理由は結果ファイルに）"
    case .spearman: "スピアマンの順位相関ρ"
    case .verdictRuleHeader: "判定の規則"
    case .verdictRule(let w1, let alpha, let other):
      (w1
        ? "W1の規則（verdict_rule: w1）：sup-Fのp < \(alpha)で折れ線のBICが最小なら出現型、それ以外はなめらか型。ランダム推測レベルと両側の傾きも確かめる既定の規則"
        : "既定の規則：ランダム推測レベル、両側の傾き、sup-F、BICで判定。sup-Fのp < \(alpha)とBIC最小だけを見るW1の簡単な規則")
        + (other.map { "では「\(text(.verdict($0)))」になります" } ?? "でも同じ判定です")
    case .verdict(let v):
      switch v {
      case .emergent: "出現型（閾値あり）"
      case .smooth: "なめらか型（閾値なし）"
      case .inconclusive: "判定保留"
      }
    case .intervalBootstrapProfile(let level, let count, let runs):
      "\(level)区間、プロファイル尤度（打ち切り値を\(runs ? "ラン" : "ケース")再標本化\(count)回で較正）"
    case .intervalProfile(let level, let cutoff): "\(level)区間、プロファイル尤度（カイ二乗の打ち切り値\(cutoff)）"
    case .intervalBootstrap(let level, let count, let runs):
      "\(level)区間、\(runs ? "ラン" : "ケース")再標本化\(count)回のパーセンタイル・ブートストラップ"
    case .shortBootstrapProfile: "プロファイル尤度"
    case .shortProfile: "プロファイル尤度、χ²"
    case .shortBootstrap: "ブートストラップ"
    case .reason(let reason): text(reason)
    }
  }

  private func text(_ reason: ThresholdReasonMessage) -> String {
    switch reason {
    case .noChanceLevel:
      "ランダム推測レベル（random）が指定されていないため、「ランダム推測レベルのまま」かどうかを判断できません。"
    case .tooFewPoints(let below, let count, let needed):
      "\(below ? "閾値より損失の低い側" : "閾値より損失の高い側")の点が\(count)個しかなく、判断には少なくとも\(needed)個が必要です。"
    case .thresholdDetected(let p, let alpha): "sup-F検定は直線を棄却しました（\(p)、有意水準\(alpha)）。"
    case .noThresholdDetected(let p, let alpha): "sup-F検定では閾値が検出されませんでした（\(p)、有意水準\(alpha)）。"
    case .greyZone(let p, let alpha, let upper):
      "sup-F検定のp値（\(p)）は\(alpha)と\(upper)の間で、どちらとも言えません。"
    case .linePreferred(let linear, let hinge):
      "直線のBIC（\(linear)）が折れ線のBIC（\(hinge)）以下で、直線で十分です。"
    case .bicSplit(let hinge, let logistic, let margin):
      "折れ線とS字曲線のBIC（\(hinge)と\(logistic)）の差が\(margin)未満で、どちらの形とも決められません。"
    case .onBoundary(let threshold): "最良の閾値（\(threshold)）は許される範囲の端にあり、平らな区間は見つかりません。"
    case .atChance(let mean, let interval, let chance):
      "閾値より損失の高い側の平均\(mean) \(interval)はランダム推測レベルの\(chance)を含み、区別できません。"
    case .atChanceWithinTolerance(let mean, let interval, let chance, let tolerance):
      "閾値より損失の高い側の平均\(mean) \(interval)はランダム推測レベルの\(chance)を含みませんが、差が許容幅\(tolerance)（chance_tolerance）以内なので、ランダム推測レベルとみなします。"
    case .offChance(let mean, let interval, let chance):
      "閾値より損失の高い側でも平均\(mean) \(interval)で、ランダム推測レベルの\(chance)とは異なります。最初からランダム推測レベルではありません。"
    case .flatAbove(let slope, let interval): "閾値より損失の高い側の傾き\(slope) \(interval)は0を含み、平らです。"
    case .flatWithinTolerance(let slope, let interval, let change, let tolerance):
      "閾値より損失の高い側の傾き\(slope) \(interval)は0を含みませんが、その範囲でのスコアの変化は最大\(change)で許容幅\(tolerance)（chance_tolerance）以内なので、平らとみなします。"
    case .slopedAbove(let slope, let interval, let change, let tolerance):
      "閾値より損失の高い側でも傾き\(slope) \(interval)は0を含まず、その範囲でスコアは最大\(change)変わりうるため（許容幅\(tolerance)を超える）、変化し続けています。"
    case .improvesBelow(let slope, let interval):
      "閾値より損失の低い側では、損失が下がるほどスコアが上がります（傾き\(slope) \(interval)）。"
    case .doesNotImproveBelow(let slope, let interval):
      "閾値より損失の低い側で、スコアが上がるとは言えません（傾き\(slope) \(interval)）。"
    case .bestByBIC(let best, let bics): "BICが最小のモデルは\(best)です（\(bics.joined(separator: "、"))）。"
    }
  }

  // MARK: - Plot

  func text(_ key: PlotMessage) -> String {
    switch key {
    case .title(let y, let x): "\(y)と\(x)"
    case .lossAxis: "事前学習損失（右ほど低い＝良い →）"
    case .chance(let value): "ランダム推測レベル（\(value)）"
    case .fitSeries(let model, let y): "\(plotModelName(model))モデル（\(y)）"
    case .fitKind(let model): "\(plotModelName(model))モデル"
    case .fitSeriesOfBlock(let model, let y, let block): "\(plotModelName(model))モデル（\(y)、ブロック\(block)）"
    case .bestFitSeries(let model, let y): "\(plotModelName(model))モデル、BIC最小（\(y)）"
    case .bestFitKind(let model): "\(plotModelName(model))モデル（BIC最小）"
    case .dataKind: "データ"
    case .scatterDescription(let y, let x, let points, let groups, let chance, let curves, let thresholds):
      "\(x)に対する\(y)の散布図（\(points)点" + (groups > 1 ? "、\(groups)系列" : "") + "）。"
        + (chance.map { "破線はランダム推測レベル（\($0)）。" } ?? "")
        + (curves.isEmpty ? "" : "線は当てはめたモデル：\(curves.joined(separator: "、"))。")
        + thresholds.map { "\($0)。" }.joined()
    case .histogramTitle(let x): "\(x)の分布"
    case .histogramDescription(
      let x, let values, let lower, let upper, let bins, let tallest, let nonFinite, let marked):
      "\(x)のヒストグラム"
        + (tallest.map {
          "（\(values)個の値、\(lower)から\(upper)まで等幅\(bins)区間）。最も度数の多い区間は\($0.lower)から\($0.upper)（\($0.count)個）。"
        } ?? "（\(values)個の値はすべて\(lower)で、棒は1本）。")
        + (nonFinite > 0 ? "有限でない値\(nonFinite)個は除いた。" : "")
        + (marked.isEmpty ? "" : "印：\(marked.joined(separator: "、"))。")
    case .thresholdLine(let eta): "閾値 \(eta)"
    case .thresholdLineWithInterval(let eta, let level, let lower, let upper):
      "閾値 \(eta)（\(level)区間 \(lower)から\(upper)）"
    case .thresholdBand(let level, let method, let lower, let upper):
      "\(level)区間（\(method)）\(lower)から\(upper)：閾値がありそうな範囲"
    case .flatAtGuessing: "ランダム推測レベルのまま"
    case .slopePer01(let points): "損失0.1あたり+\(points)ポイント"
    case .thresholdBandTentative(let level, let method, let lower, let upper):
      "\(level)区間（\(method)）\(lower)から\(upper)：閾値があるとすればこの範囲（判定保留）"
    case .describeSmooth(let y, let best):
      "\(y)：閾値なし（なめらか型）のため閾値の線は描いていません"
        + (best.map { "。描いた線は直線・ロジスティック・折れ線のうちBICが最小の\(plotModelName($0))モデル" } ?? "")
    case .describeInconclusive(let y, let interval, let best):
      "\(y)：判定保留のため閾値の線は描いていません"
        + (interval.map { "。帯（\($0.level)区間 \($0.lower)から\($0.upper)、\($0.method)）は閾値があるとすればその範囲" } ?? "")
        + (best.map { "。描いた線は直線・ロジスティック・折れ線のうちBICが最小の\(plotModelName($0))モデル" } ?? "")
    case .describeThreshold(let y, let eta, let interval, let slope):
      "\(y)：閾値 \(eta)"
        + (interval.map { "（\($0.level)区間 \($0.lower)から\($0.upper)、\($0.method)）" } ?? "")
        + (slope.map { "。損失がそれより高いとランダム推測レベルのまま、低いと\($0)" } ?? "")
    case .keyThreshold: "閾値"
    case .keyBand(let level, let method):
      "\(level ?? "")区間" + (method.map { "（\($0)）" } ?? "") + "：閾値がありそうな範囲"
    }
  }

  /// A model's name in a plot's legend, as everywhere: the hinge is 折れ線.
  private func plotModelName(_ model: String) -> String { text(.fitName(model)) }

  // MARK: - Fit

  func text(_ key: FitMessage) -> String {
    switch key {
    case .caption(let y, let x, let n, let criterion): "\(y)を\(x)に当てはめたモデル（n = \(n)）。\(criterion)が最小のモデルが最良。"
    case .modelRow(let model, let best):
      (text(.fitName(model)) == model ? model : "\(text(.fitName(model)))（\(model)）") + (best ? "（最良）" : "")
    case .statusHeader: "状態"
    case .parametersHeader: "パラメータ［95%信頼区間］"
    case .status(let s): fitStatus(s)
    case .atBound(let value, let lower): "\(value)（\(lower ? "下限" : "上限")）"
    case .notDetermined(let value): "\(value)（データで決まらない）"
    case .rangeBetween(let low, let high): " [\(low), \(high)]"
    case .rangeAbove(let low): "（\(low)より大）"
    case .rangeBelow(let high): "（\(high)より小）"
    case .atBoundNote(let model, let parameter, let range, let lower, let meaning):
      "\(model)：\(parameter)が許される範囲\(range)の\(lower ? "下端" : "上端")にあります（\(text(meaning))）。数値は示し、最良の候補に含めます。"
    case .leftOutNote(let model, let status, let reason, let advice):
      "\(model)は比較から外しました（\(fitStatus(status))）：\(text(reason))。" + (advice.map { "（対処：\(text($0))）" } ?? "")
    }
  }

  private func fitStatus(_ s: FitStatusWord) -> String {
    switch s {
    case .ok: "正常"
    case .atBound: "境界上"
    case .unidentified: "識別不能"
    case .notConverged: "未収束"
    }
  }

  // MARK: - Budget

  func text(_ key: BudgetMessage) -> String {
    switch key {
    case .caption(let eta, let law): "損失\(eta)に届くまでのトークン数と学習計算量（6ND）。法則 L = \(law)。"
    case .captionIntervals(let level, let draws): "［ ］は法則と閾値のブートストラップ\(draws)組を対にした\(level)区間。"
    case .sizeHeader: "モデルの大きさN"
    case .floorHeader: "損失の下限 E + A N^−α"
    case .reachesHeader: "届くか"
    case .tokensHeader: "トークン数"
    case .computeHeader: "学習計算量（FLOPs）"
    case .reachable: "届く"
    case .unreachable: "届かない（下限が閾値以上）"
    case .reachableShare(let answer, let share): "\(answer)（再標本の\(share)で届く）"
    case .belowIrreducibleLoss(let eta, let e):
      "閾値\(eta)は法則の既約損失E = \(e)以下です。どの大きさのモデルでも、どれだけデータを増やしても届きません。"
    case .smallestSize(let size): "\(size)パラメータより小さいモデルは、どれだけデータを増やしてもこの損失に届きません。"
    case .openIntervals: "上端が∞の区間：一部の再標本ではその大きさで閾値に届かないため、区間の上端は有限になりません（JSONではnull）。"
    case .computeOptimal(let size, let tokens, let flops):
      "計算量が最小になる到達法：\(size)パラメータのモデルを\(tokens)トークンで学習、計算量\(flops) FLOPs。"
    case .failedDraws(let failures, let draws): "\(draws)組のうち\(failures)組は法則の再推定か閾値が得られず、区間から除きました。"
    case .lawCurve: "法則による曲線"
    case .sizesAskedFor: "指定した大きさ"
    case .computeOptimalPoint: "計算量最小"
    case .smallerCannotReach: "これより小さいと届かない"
    case .unreachableMark: "× 届かない"
    case .title(let eta, let sizes, let unreachable):
      unreachable > 0
        ? "\(sizes)個の大きさのうち\(unreachable)個は損失\(eta)に届かず、届く大きさは大きいほど少ないトークンで済む"
        : "損失\(eta)に届くトークン数は、モデルが大きいほど少ない"
    case .figureDescription(let eta): "モデルの大きさ（横軸、対数）ごとに、損失\(eta)に届くまでのトークン数（縦軸、対数）。"
    case .sizeAxis: "モデルの大きさ（パラメータ数）"
    case .tokensAxis: "閾値に届くトークン数"
    }
  }

  // MARK: - Explore

  func text(_ key: ExploreMessage) -> String {
    switch key {
    case .title(let task): "\(task)：つまみを動かして試す"
    case .description(let task, let points):
      "\(task)の正答率と事前学習損失の散布図（\(points)点）。つまみで閾値や問題数を変えると、図が描き直されます。"
    case .descriptionTokens(let task, let points):
      "\(task)の事前学習損失に対する散布図。\(points)個のチェックポイントを2通りに採点しています：完全一致率（答え全体が正解）と1トークンごとの正答率（答えのトークンのうち正解の割合）。つまみで答えの長さを変えると、図が描き直されます。"
    case .tokensScoreAxis: "正答率"
    case .exactMatchSeries: "完全一致率（答え全体）"
    case .perTokenSeries: "1トークンごとの正答率"
    case .label(let c):
      switch c {
      case .eta: "閾値"
      case .slope: "閾値より下での上がり方"
      case .items: "1回の評価あたりの問題数"
      case .mid: "中央"
      case .width: "幅"
      case .tokens: "答えの長さ"
      }
    case .valueTemplate(let c):
      switch c {
      case .eta: "損失{eta}"
      case .slope: "損失0.1あたり+{points}ポイント"
      case .items: "{items}問"
      case .mid: "損失{mid}"
      case .width: "幅{width}"
      case .tokens: "{tokens}トークンの答え"
      }
    }
  }

  // MARK: - Family and data

  func text(_ key: FamilyMessage) -> String {
    switch key {
    case .summaryPerRun(let runs, let checkpoints, let rows, let lower, let upper):
      "\(runs)個のモデル × \(checkpoints)チェックポイント＝\(rows)行。損失は\(lower)から\(upper)。"
    case .summary(let runs, let rows, let lower, let upper): "\(runs)個のモデル、合計\(rows)チェックポイント。損失は\(lower)から\(upper)。"
    case .brierChance(let task, let options, let score): "\(task)_brier（K = \(options)）は\(score)"
    case .brierNote(let chances):
      "Brierスコアは選択肢K個についての二乗誤差の和を問題数で平均したもの（小さいほど良い）。でたらめに答える（すべての選択肢に1/K）と1 − 1/K：\(chances.joined(separator: "、"))。"
    }
  }

  func text(_ key: DataMessage) -> String {
    switch key {
    case .summary(let rows, let columns, let source): "\(source)から\(rows)行×\(columns)列。"
    }
  }

  // MARK: - Glossary

  func glossary(_ term: GlossaryTerm) -> (word: String, definition: String) {
    switch term {
    case .emergentAbility: ("出現能力", "創発的能力。損失が一定の値を下回って初めて現れる能力")
    case .loss: ("事前学習損失", "モデルの健康診断の数値。低いほど良い")
    case .threshold: ("閾値", "ここを境に振る舞いが変わる値")
    case .guessing: ("ランダム推測レベル", "でたらめに答えたときの正答率")
    case .interval: ("信頼区間", "データから見てありうる値の範囲")
    case .pValue: ("p値", "同じばらつきの直線からこれほどの折れ曲がりが出る頻度")
    case .bic: ("BIC", "ベイズ情報量規準。複雑さも考慮した当てはまりの物差しで、小さいほど良い")
    case .checkpoint: ("チェックポイント", "学習途中のモデル")
    // 学習済み sets them apart from checkpoints (学習途中のモデル) and from the plain モデル of
    // other sentences.
    case .model: ("学習済みモデル", "別々に学習したもの")
    }
  }

  func reading(_ term: GlossaryTerm) -> String? {
    term == .threshold ? "しきいち" : nil
  }

  var explanations: [String: String] { Self.explanations }
  var sentenceSeparator: String { "" }
  /// 万 億 兆 (10⁴, 10⁸, 10¹²: `3億`, `15億`, `2兆`, `2万`); from 10¹⁶ the exponent form.
  var largeNumberUnits: LargeNumberUnits {
    LargeNumberUnits(
      [.init(power: 4, suffix: "万"), .init(power: 8, suffix: "億"), .init(power: 12, suffix: "兆")],
      exponentFormFrom: 16)
  }

  // MARK: - Sweep

  func text(_ key: SweepMessage) -> String {
    switch key {
    case .field(let f):
      switch f {
      case .items: "チェックポイントあたりの問題数"
      case .checkpoints: "モデルあたりのチェックポイント数"
      case .sizes: "モデルの大きさの数"
      case .slope: "閾値の傾き"
      case .lossNoise: "損失のノイズ（標準偏差）"
      }
    case .powerAxis: "閾値を検出した割合（検出力）"
    case .allCells: "すべてのセル"
    case .alphaLine: "有意水準α"
    case .cell: "セル"
    case .powerHeader: "検出力［区間］"
    case .emergentHeader: "emergentの判定率"
    case .coverageHeader: "閾値区間の被覆率"
    case .widthHeader: "区間幅の中央値"
    case .verdictsHeader: "判定（emergent / smooth / inconclusive）"
    case .failedHeader: "失敗"
    case .caption(let replicates, let family, let task, let test, let bootstrap, let alpha, let level, let eta):
      "各セル\(replicates)回の再現：ファミリー\(family)をセルの値で再び模擬し、課題\(task)に閾値分析（\(test)、ブートストラップ\(bootstrap)回）を実行。"
        + "検出力はp < \(alpha)の割合、［ ］はWilsonの\(level)区間。傾き0のセルでは検出力が偽陽性率（検定の実際の水準）。被覆率は真の閾値\(eta)を含む\(level)プロファイル区間の割合。"
    case .nullNote(let at, let rate, let nominal, let error, let within):
      "傾き0\(at.isEmpty ? "" : "（\(at.joined(separator: "、"))）")の偽陽性率は\(rate)、検定の名目水準\(nominal)、モンテカルロ誤差±\(error)："
        + (within ? "モンテカルロ誤差の2倍以内で名目水準どおり。" : "名目水準からモンテカルロ誤差の2倍以上ずれている。")
    case .powerTrend(let field, let low, let lowRate, let high, let highRate):
      "\(field)が\(low)ではこの閾値が見つかるのは\(lowRate)、\(high)では\(highRate)。"
    case .title(let task, let by): (by.map { "\($0)ごとの、" } ?? "") + "課題\(task)の閾値を検出する割合"
    case .description: "各セルで閾値を検出した割合（縦軸）とWilson区間（帯）。"
    case .fieldValue(let field, let value): "\(field) \(value)"
    case .legend(let entries): entries.joined(separator: ", ")
    }
  }

  // MARK: - Collapse

  func text(_ key: CollapseMessage) -> String {
    switch key {
    case .verdict(let v):
      switch v {
      case .lossOnly: "損失だけで決まる：各群は一本の曲線に乗る"
      case .sizeMatters: "大きさが効く：同じ損失でも群によって異なる"
      case .inconclusive: "判定保留"
      }
    case .curve(let c):
      switch c {
      case .linear: "直線"
      case .logistic: "ロジスティック曲線"
      case .hinge: "折れ線"
      }
    case .adjustedP(let p, let method): "\(p)（\(method)法で補正）"
    case .shiftFound(let p, let alpha): "同じ損失での群の差が検出された：F検定の\(p)は有意水準α = \(alpha)未満。"
    case .noShiftFound(let p, let alpha): "群の差は検出されなかった：F検定の\(p)は有意水準α = \(alpha)以上。これだけでは差がないとは言えない。"
    case .withinTolerance(let tolerance, let coverage, let bound):
      "どの群のずれも許容幅±\(tolerance)の内側：\(coverage)区間はすべてその内側にあり、最も外側でも\(bound)。"
    case .notEquivalent(let tolerance, let coverage, let group, let bound):
      "許容幅\(tolerance)を超えるずれを否定できない：\(group)の\(coverage)区間は\(bound)まで届く。"
    case .shiftBeyondTolerance(let group, let shift, let tolerance, let coverage):
      "同じ損失で\(group)は基準群より\(shift)：許容幅±\(tolerance)を超え、\(coverage)区間もすべてその外側。"
    case .shiftNotBeyondTolerance(let group, let shift, let tolerance):
      "最大のずれ\(shift)（\(group)）は許容幅±\(tolerance)を明確には超えない：差はあるが、実質的に意味があるとは言えない。"
    case .notIdentified(let group): "\(group)のずれはこのデータからは推定できない（区間なし）ため、同等性を確かめられない。"
    case .noPValue: "ブートストラップの再当てはめがすべて失敗したため、p値がない。"
    case .groupsLeftOut(let count, let minOverlap): "\(count)群は除外：ほかの群と共有する損失の範囲に点が\(minOverlap)個未満。"
    case .caption(let y, let x, let by, let reference, let level, let coverage):
      "\(x)が同じときの\(y)の各群（\(by)）のずれ（基準：\(reference)）。\(level)区間と、同等性の確認に使う\(coverage)区間。"
    case .groupHeader: "群"
    case .pointsHeader: "点数"
    case .shiftHeader: "同じ損失でのずれ"
    case .thresholdHeader: "閾値"
    case .intervalHeader(let level): "\(level)区間"
    case .reference: "基準"
    case .leftOut(let minOverlap): "除外（共有する点が\(minOverlap)個未満）"
    case .chosenBy(let names): "（\(names.joined(separator: "、"))のうちBICで最良）"
    case .commonCurve: "共通の曲線"
    case .alternative: "対立仮説"
    case .fTest: "F検定"
    case .largestShift: "最大のずれ"
    case .testTable: "検定：共通の曲線、F検定、最大のずれ"
    case .shiftPerGroup: "群ごとの得点のずれ"
    case .thresholdPerGroup: "群ごとの閾値（折れ線）"
    case .fTestValue(let p, let replicates, let adjusted):
      "\(p)（パラメトリック・ブートストラップ、B = \(replicates)）" + (adjusted.map { "、\($0)" } ?? "")
    case .largestShiftValue(let shift, let group, let tolerance):
      shift + (group.map { "（\($0)）" } ?? "") + "、許容幅±" + tolerance
    case .figureTitle(let v, let tolerance):
      switch v {
      case .lossOnly: "同じ損失でのずれは、どの群も±\(tolerance)以内"
      case .sizeMatters: "同じ損失でも、群の差が±\(tolerance)を超える"
      case .inconclusive: "同じ損失でのずれと許容幅±\(tolerance)：このデータでは決着しない"
      }
    case .figureDescription(let y, let x, let groups):
      "\(groups)群それぞれについて、\(x)が同じときの\(y)の基準群からのずれ（横軸）と区間、0を中心とする許容幅の帯。"
    case .xAxis(let y): "同じ損失での\(y)のずれ"
    case .yAxis: "群（表の順）"
    case .toleranceBand(let tolerance): "許容幅±\(tolerance)"
    case .shiftSeries: "ずれ"
    case .intervalSeries(let level): "\(level)区間"
    case .noShift: "ずれなし"
    case .shiftCurve(let group, let y): "共通曲線＋ずれ：\(group)（\(y)）"
    case .thresholdCurve(let group, let y): "群ごとの閾値の折れ線：\(group)（\(y)）"
    }
  }

  // MARK: - Preview

  func text(_ key: PreviewMessage) -> String {
    switch key {
    case .panel: "プレビュー"
    case .status(let notebook, let version, let time): "\(notebook)のプレビュー（第\(version)版、\(time) UTCに描画）"
    case .counts(let errors, let warnings):
      [errors > 0 ? "エラー\(errors)件" : nil, warnings > 0 || errors == 0 ? "警告\(warnings)件" : nil]
        .compactMap { $0 }.joined(separator: "、")
    case .stale: "ノートブックにエラーがあるため、下のレポートは最後に描画できた版です。"
    case .noReport: "まだレポートはありません。エラーを直して保存すると、ここに表示されます。"
    case .disconnected: "プレビューのサーバーが停止しました。ページはもう更新されません。"
    }
  }
}
