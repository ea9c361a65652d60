/// Facts about this build of lossbook.
public enum Lossbook {
  /// The version written into every report and results file.
  public static let version = "0.1.0"
}
