import Foundation

/// Reports written before manifests existed: which of their files can be recognised as lossbook's.
enum ReportLegacyOutput {
  /// The files of report `name` that lossbook evidently wrote, relative to the output folder: the
  /// page when it carries lossbook's generator tag, the results file when it has lossbook's keys,
  /// and the `<block>.csv` / `<block>.svg` side files of the blocks that results file names.
  static func recognised(out: Int32, name: [UInt8]) -> Set<String> {
    let reportName = String(decoding: name, as: UTF8.self)
    var files: Set<String> = []
    if let page = OutputPOSIX.readSmallFile(out, name + Array(".html".utf8), limit: 512 << 20),
      isLossbookPage(page.prefix(4096))
    {
      files.insert(reportName + ".html")
    }
    guard let results = OutputPOSIX.readSmallFile(out, name + Array(".json".utf8), limit: 512 << 20),
      let object = try? JSONSerialization.jsonObject(with: Data(results)) as? [String: Any],
      object["lossbook"] is String, object["notebook"] is String, let blocks = object["blocks"] as? [String: Any]
    else { return files }
    files.insert(reportName + ".json")
    for block in blocks.keys {
      files.insert(reportName + "/" + block + ".csv")
      files.insert(reportName + "/" + block + ".svg")
    }
    return files
  }

  /// True when the start of a page has lossbook's `<meta name="generator">` tag.
  static func isLossbookPage(_ head: ArraySlice<UInt8>) -> Bool {
    let marker = Array("<meta name=\"generator\" content=\"lossbook ".utf8)
    let bytes = Array(head)
    guard bytes.count >= marker.count else { return false }
    return (0...(bytes.count - marker.count)).contains { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }
  }
}
