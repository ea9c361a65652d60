import LossbookEngine

extension FamilySpec {
  /// The fields, as `lossbook kinds family` shows them. Every number field also takes an
  /// expression such as `=params.eta`.
  static let fields: [SpecField] = [
    SpecField("law"),
    SpecField("sizes"),
    SpecField("tokens"),
    SpecField("runs"),
    SpecField("final_only"),
    SpecField("loss_noise", default: Defaults.lossNoise),
    SpecField("score_from", default: Defaults.scoreFrom),
    SpecField("score_noise", default: Defaults.scoreNoise),
    SpecField("tasks"),
    SpecField("tasks[].name"),
    SpecField("labels"),
    SpecField("tasks[].random", values: ["random": FieldDoc.show(Defaults.random)]),
    SpecField("tasks[].ceiling", default: Defaults.ceiling),
    SpecField("tasks[].items"),
    SpecField("tasks[].options"),
    SpecField("tasks[].metrics", default: "[accuracy]"),
    SpecField("tasks[].eta, slope"),
    SpecField("tasks[].mid, width"),
    SpecField("tasks[].value, at, slope"),
    SpecField("tasks[].tokens, rate, floor"),
    SpecField("tasks[].eta, spread, sharpness", values: ["spread": FieldDoc.show(Defaults.spread)]),
    SpecField(
      "limits.items", default: powerOfTen(FamilyLimits.defaultItems), values: ["limit": FamilyLimits.itemsCeiling.words]
    ),
    SpecField(
      "limits.item_draws", default: powerOfTen(FamilyLimits.defaultItemDraws),
      values: ["limit": FamilyLimits.itemDrawsCeiling.words]),
    SpecField(
      "limits.checkpoints", default: powerOfTen(FamilyLimits.defaultCheckpoints),
      values: ["limit": FamilyLimits.checkpointsCeiling.words]),
  ]
}
