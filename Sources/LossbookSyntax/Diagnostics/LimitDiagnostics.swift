/// The diagnostic id of every fixed limit (the engine's `SpecLimit`, the splitter's headings).
public enum LimitDiagnostics {
  /// A value over one of lossbook's fixed limits, said with the value and the limit.
  public static let overLimit: DiagnosticID = "over-limit"
}
