import Foundation
import LossbookCore

/// The list of every file one render wrote, kept in the report's side folder
/// (`Output/<name>/.lossbook-manifest.json`) with the notebook, seed and parameters.
///
/// A later render may replace or remove only the files the previous manifest lists; anything else
/// in the way stops it. The bytes are deterministic: no time, no absolute path, no process id.
public struct ReportManifest: Equatable, Sendable {
  /// The manifest's file name inside the side folder (block ids cannot start with a dot).
  public static let fileName = ".lossbook-manifest.json"
  /// The format marker, checked when a manifest is read.
  static let format = "lossbook-manifest/1"

  /// The notebook path as the report shows it.
  public var notebook: String
  /// The seed the render used.
  public var seed: JSONValue
  /// The parameters the render used, overrides applied.
  public var params: JSONValue
  /// Every file written, relative to the output folder (`x.html`, `x.json`, `x/a.csv`), sorted.
  public var files: [String]

  /// Creates a manifest; `files` are sorted bytewise.
  public init(notebook: String, seed: JSONValue, params: JSONValue, files: [String]) {
    self.notebook = notebook
    self.seed = seed
    self.params = params
    self.files = files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  /// The manifest's JSON text.
  public func serialized() -> String {
    JSONValue.object([
      ("format", .string(Self.format)),
      ("lossbook", .string(Lossbook.version)),
      ("notebook", .string(notebook)),
      ("seed", seed),
      ("params", params),
      ("files", .array(files.map { .string($0) })),
    ]).serialized()
  }

  /// The files a manifest lists, or nil when `bytes` are not a lossbook manifest.
  static func listedFiles(in bytes: [UInt8]) -> Set<String>? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      object["format"] as? String == format, let files = object["files"] as? [String]
    else { return nil }
    return Set(files)
  }
}
