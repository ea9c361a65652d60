/// The words of `lossbook kinds` around the kinds' own docs (`KindDoc`): its help, the lines
/// that point to the front matter and the limits, and its error. Command-line English.
public enum KindsMessage: Sendable, Hashable {
  case abstract
  case kindArgumentHelp
  /// The list's line for `front-matter`, and the heading of `lossbook kinds front-matter`.
  case frontMatterLine, frontMatterHeading
  /// The list's line for `limits`, and the heading of `lossbook kinds limits`.
  case limitsLine, limitsHeading
  /// The task shapes as the explorer's `controls` default names them ("a hinge").
  case hingeShape, logisticShape, lineShape, exactMatchShape
  /// A field's default ("default: 0.95"), or that it has none.
  case defaultIs(String)
  case required
  /// `hint` is " (did you mean 'fit'?)" or empty; `kinds` the kinds' names.
  case unknownKind(String, hint: String, kinds: [String])
}

extension Words {
  /// A line of `lossbook kinds`, in English.
  public static func kinds(_ key: KindsMessage) -> String { English().text(key) }
}
