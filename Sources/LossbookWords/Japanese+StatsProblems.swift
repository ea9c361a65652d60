import LossbookStats

/// The Japanese words of the fitting codes a report page shows: a model's status, why, and
/// what to do (under a fit's table).
extension Japanese {
  func text(_ error: FitError) -> String {
    switch error {
    case .nonFinite(let rows): "\(rowList(rows))に欠損値か有限でない値（NaNまたは無限大）があります"
    case .nonPositiveWeights(let rows): "\(rowList(rows))にゼロか負の重みがあります"
    case .countMismatch(let what, let expected, let actual): "\(what)の値は\(actual)個ですが、\(expected)個必要です"
    case .tooFewPoints(let n, let parameters):
      "\(n)点では\(parameters)個のパラメータを当てはめるには少なすぎます（\(parameters + 1)点以上必要）"
    case .constantX: "xが一つの値しかとらないため、xの曲線を当てはめられません"
    case .constantY: "yが一つの値しかとらないため、当てはめる変動がありません"
    case .singularDesign(let rank, let columns): "計画行列の階数が\(rank)で列が\(columns)個あり、共線な列があります"
    case .singularJacobian: "解でヤコビアンが特異で、このデータでは決まらないパラメータがあります"
    case .nonFiniteModel(let row): "初期値ではモデルが行\(row + 1)で有限になりません"
    case .didNotConverge(let iterations, let reason): "\(iterations)回の反復で収束しませんでした：\(text(reason))"
    case .parameterAtBound(let name): "\(name)の最良値が許される範囲の端にあり、データでは位置が決まりません"
    case .notEnoughPointsPerSide(let minSide): "両側に\(minSide)点以上を残すしきい値がありません"
    case .badStart(let name):
      "\(name)の初期値は範囲の内側になければなりません（正のパラメータは対数尺度で当てはめるため0より大きく）"
    case .outsideDomain(let rows, let requirement): "\(rowList(rows))にモデルの定義域外の値があります（\(text(requirement))）"
    case .gsl(let error): "GSLのエラー\(error.name)：\(error.reason)"
    }
  }

  /// 「行3」「行3、7、9」「行1、2、3、4、5ほか2行」（1から数えた行番号を五つまで）。
  private func rowList(_ rows: [Int]) -> String {
    let shown = rows.prefix(5).map { String($0 + 1) }
    let rest = rows.count - shown.count
    return "行" + shown.joined(separator: "、") + (rest > 0 ? "ほか\(rest)行" : "")
  }

  func text(_ reason: NonConvergence) -> String {
    switch reason {
    case .noProgress: "初期値からのどの一歩もRSSを減らしませんでした（GSL_ENOPROG）"
    case .iterationLimit(let xtol, let gtol, let maxIterations):
      "\(maxIterations)回の反復のうちに、ステップの判定（xtol \(xtol)）も勾配の判定（gtol \(gtol)）も満たされませんでした（GSL_EMAXITER）"
    case .nonFiniteEstimates: "推定値が有限ではありません"
    case .noStartingValues: "初期値が与えられていません"
    case .noGridPointConverged: "格子のどの点も収束しませんでした"
    case .bracketDidNotShrink: "区間が許容誤差より狭まりませんでした"
    case .logisticLeftOut(let status): "ロジスティック曲線：\(text(status))"
    }
  }

  func text(_ requirement: DomainRequirement) -> String {
    switch requirement {
    case .powerLawPositiveX: "power-lawにはx > 0が必要です"
    case .chinchillaPositive: "chinchillaにはN、D、損失 > 0が必要です"
    }
  }

  func text(_ reason: FitStatusReason) -> String {
    switch reason {
    case .none: ""
    case .rankDeficient(let parameter): "解でデータが\(parameter)を決めません（列の尺度をそろえたヤコビアンが数値的に階数落ちしています）"
    case .largeStandardError(let parameter): "解でデータが\(parameter)を決めません（標準誤差が推定値の100万倍を超えます）"
    case .noThresholdInside: "データの範囲内にしきい値がない"
    case .noSShape: "データの範囲内にS字形がない"
    case .stepSharperThanSpacing: "データの間隔より急な段差"
    case .middleOutside: "曲線の中央がデータの外にある"
    case .pushedPastBound(let parameter, let side):
      "データが\(parameter)を許される範囲の\(side == .low ? "下" : "上")へ押し出している"
    case .noRunConverged(let runs, let starts, let first):
      "\(starts)個の初期値から\(runs)回実行し、どれも収束しませんでした（最初の実行：\(firstRun(first))）"
    case .notConverged(let why): text(why)
    case .failed(let error): text(error)
    }
  }

  /// Why the first run failed: the solver's reason when it did not converge, else the error.
  private func firstRun(_ error: FitError) -> String {
    if case .didNotConverge(_, let why) = error { return text(why) }
    return text(error)
  }

  func text(_ advice: FitAdvice) -> String {
    switch advice {
    case .boundOrStart(let parameter):
      "範囲を与える（bounds: {\(parameter): [low, high]}）、データに近い初期値を与える（starts:）、またはこのモデルを外す"
    case .moreIterations: "max_iterationsを上げる、データに近い初期値を与える（starts:）、パラメータに範囲を与える、またはこのモデルを外す"
    case .simplifyOrAddData: "データがこのモデルのパラメータをすべては決められないので、モデルを簡単にするかデータを加える"
    case .dropForConstantData: "データが一定なら平らな直線で足りるので、このモデルを外す"
    case .addDataOrFewerParameters: "データを加えるか、パラメータの少ないモデルと比べる"
    case .lowerMinSide: "min_sideを下げる、データを加える、またはこのモデルを外す"
    case .boundOrDrop: "範囲を与えるか、このモデルを外す"
    }
  }
}
