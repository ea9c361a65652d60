import Foundation

/// Prints a report to PDF with headless Chromium and the report's own print styles
/// (`lossbook render --to pdf`). The page is loaded from a private temporary folder, never from
/// the network: the report's Content-Security-Policy still holds, and nothing else is on disk there.
struct PDFPrinter {
  /// Why a report could not be printed, in words.
  struct Failure: Error {
    var message: String
  }

  /// The Chromium program: `$LOSSBOOK_CHROMIUM`, else the first of the usual names on the PATH.
  let chromium: String

  /// Finds Chromium, or says how to install it.
  static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<PDFPrinter, Failure> {
    if let chosen = environment["LOSSBOOK_CHROMIUM"], !chosen.isEmpty {
      return FileManager.default.isExecutableFile(atPath: chosen)
        ? .success(PDFPrinter(chromium: chosen))
        : .failure(Failure(message: "LOSSBOOK_CHROMIUM names '\(chosen)', which is not a program"))
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
      for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
        return .success(PDFPrinter(chromium: folder + "/" + name))
      }
    }
    return .failure(
      Failure(
        message: "--to pdf needs Chromium, which is not installed: on Debian or Ubuntu run "
          + "'sudo apt-get install chromium' (or set LOSSBOOK_CHROMIUM to a Chrome or Chromium program)"))
  }

  /// The PDF of a report page, printed on A4 with the page's print styles.
  func print(html: String, name: String) -> Result<[UInt8], Failure> {
    let folder = NSTemporaryDirectory() + "lossbook-pdf-\(getpid())-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let page = folder + "/" + "report.html"
    let pdf = folder + "/" + "report.pdf"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
      try Data(html.utf8).write(to: URL(fileURLWithPath: page))
    } catch {
      return .failure(Failure(message: "could not prepare '\(name).pdf' in \(folder): \(error.localizedDescription)"))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
      "--user-data-dir=\(folder)/profile", "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return .failure(Failure(message: "could not start Chromium ('\(chromium)'): \(error.localizedDescription)"))
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: pdf), bytes.starts(with: Array("%PDF-".utf8))
    else {
      return .failure(
        Failure(message: "Chromium ('\(chromium)') did not print '\(name).pdf' (exit status \(process.terminationStatus))"))
    }
    return .success([UInt8](bytes))
  }
}
