import LossbookRender

/// The glossary terms of explanations (TEACHING.md section 4.4), each defined at its first use.
/// The points are `checkpoint` or, with `points: models`, `model` (the catalogue's `.models`
/// sentences use it).
enum ExplainTerm: String, CaseIterable, Sendable {
  case emergentAbility = "emergent_ability"
  case loss, threshold, guessing, interval
  case pValue = "p_value"
  case bic,
    checkpoint, model

  /// The term as written in running text.
  func word(_ language: ReportLanguage) -> String {
    switch (self, language) {
    case (.emergentAbility, .en): "emergent ability"
    case (.emergentAbility, .ja): "出現能力"
    case (.loss, .en): "pre-training loss"
    case (.loss, .ja): "事前学習損失"
    case (.threshold, .en): "threshold"
    case (.threshold, .ja): "閾値"
    case (.guessing, .en): "guessing level"
    case (.guessing, .ja): "ランダム推測レベル"
    case (.interval, .en): "confidence interval"
    case (.interval, .ja): "信頼区間"
    case (.pValue, .en): "p-value"
    case (.pValue, .ja): "p値"
    case (.bic, .en): "BIC"
    case (.bic, .ja): "BIC"
    case (.checkpoint, .en): "checkpoints"
    case (.checkpoint, .ja): "チェックポイント"
    // 学習済み sets them apart from checkpoints (学習途中のモデル) and from the plain モデル of
    // other sentences.
    case (.model, .en): "models"
    case (.model, .ja): "学習済みモデル"
    }
  }

  /// The definition added in brackets at first use (no digits, so the number check stays exact).
  func definition(_ language: ReportLanguage) -> String {
    switch (self, language) {
    case (.emergentAbility, .en): "an ability that appears only once the loss falls below some value"
    case (.emergentAbility, .ja): "創発的能力。損失が一定の値を下回って初めて現れる能力"
    case (.loss, .en): "the model's health-check number; lower is better"
    case (.loss, .ja): "モデルの健康診断の数値。低いほど良い"
    case (.threshold, .en): "the value at which the behaviour changes"
    case (.threshold, .ja): "ここを境に振る舞いが変わる値"
    case (.guessing, .en): "the score of random answers"
    case (.guessing, .ja): "でたらめに答えたときの正答率"
    case (.interval, .en): "the range of values the data leave plausible"
    case (.interval, .ja): "データから見てありうる値の範囲"
    case (.pValue, .en): "how often data without a threshold look like this"
    case (.pValue, .ja): "閾値のないデータでこうなる頻度"
    case (.bic, .en): "a fit score that charges for complexity; lower is better"
    case (.bic, .ja): "ベイズ情報量規準。複雑さも考慮した当てはまりの物差しで、小さいほど良い"
    case (.checkpoint, .en): "snapshots of a model during training"
    case (.checkpoint, .ja): "学習途中のモデル"
    case (.model, .en): "each trained separately"
    case (.model, .ja): "別々に学習したもの"
    }
  }

  /// The term's HTML: 閾値 carries its reading (しきいち) in ruby at first use (J7).
  func html(_ language: ReportLanguage, first: Bool) -> String {
    if first, self == .threshold, language == .ja { return "<ruby>閾値<rt>しきいち</rt></ruby>" }
    return HTML.escapeText(word(language))
  }
}
