import Foundation
import LossbookWords

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Prints a page with headless Chromium (`--print-to-pdf`): the page is written into a
/// temporary folder of its own, with a fresh browser profile, and read back as bytes; the
/// folder is removed after. The page's own Content-Security-Policy keeps it from loading
/// anything; Chromium is given no network-facing option beyond its defaults.
public struct ChromiumPrinter: ReportPrinter {
  /// The browser's executable.
  public let executable: String
  /// How long the browser may take (the process is killed after).
  public var timeout: Duration = .seconds(120)

  /// A printer running `executable`.
  public init(executable: String) { self.executable = executable }

  public func pdf(of html: String) throws(PrintError) -> [UInt8] {
    let folder: String
    do {
      folder = try Self.temporaryFolder()
    } catch {
      throw PrintError(.noTemporaryFolder(reason: error.message), help: .temporaryFolderHelp)
    }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let page = folder + "/report.html"
    let pdf = folder + "/report.pdf"
    guard FileManager.default.createFile(atPath: page, contents: Data(html.utf8)) else {
      throw PrintError(.pageNotWritten(folder: folder), help: .temporaryFolderHelp)
    }
    var arguments = [
      "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
      "--disable-background-networking", "--disable-sync", "--user-data-dir=\(folder)/profile",
      "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
    ]
    // Chromium refuses to run as root with its sandbox on.
    if geteuid() == 0 { arguments.append("--no-sandbox") }
    arguments.append(URL(fileURLWithPath: page).absoluteString)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw PrintError(.notStarted(executable: executable, reason: error.localizedDescription), help: .installHelp)
    }
    let said = Captured()
    let reader = Thread {
      said.set(errors.fileHandleForReading.readDataToEndOfFile())
    }
    reader.start()
    let deadline = ContinuousClock.now + timeout
    while process.isRunning && ContinuousClock.now < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw PrintError(
        .timedOut(executable: executable, seconds: timeout.components.seconds), help: .timedOutHelp)
    }
    process.waitUntilExit()
    while !said.done { usleep(1_000) }
    guard let bytes = FileManager.default.contents(atPath: pdf), bytes.starts(with: Array("%PDF-".utf8)) else {
      let lines = String(decoding: said.data, as: UTF8.self).split(separator: "\n").map(String.init)
      let last = lines.last { !$0.isEmpty && !$0.contains("unexpected operator") } ?? ""
      throw PrintError(
        .exited(executable: executable, status: process.terminationStatus, detail: last.isEmpty ? nil : last),
        help: .exitedHelp(executable: executable))
    }
    return Array(bytes)
  }

  /// A new folder under TMPDIR (or /tmp), readable by this user only.
  private static func temporaryFolder() throws(PrintError) -> String {
    let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/lossbook-print-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard made != nil else { throw PrintError(message: "'\(base)': \(String(cString: strerror(errno)))") }
    return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}

/// Bytes read on another thread.
private final class Captured: @unchecked Sendable {
  private let lock = NSLock()
  private var stored = Data()
  private var finished = false
  func set(_ data: Data) {
    lock.lock()
    stored = data
    finished = true
    lock.unlock()
  }
  var done: Bool {
    lock.lock()
    defer { lock.unlock() }
    return finished
  }
  var data: Data {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}

/// Finds Chromium as Scripts/browser-check does: `--chromium PATH`, else `LOSSBOOK_CHROMIUM`,
/// else Playwright's download under the project's `.build` (`.build/ms-playwright`, in the
/// working folder or above the lossbook binary), else `chromium` (or Chrome) on the PATH.
public enum ChromiumLocator {
  /// The names looked for on the PATH, in order.
  static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

  /// The executable to use, or an error saying how to install one.
  public static func find(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    executablePath: String = CommandLine.arguments.first ?? ""
  ) throws(PrintError) -> String {
    if let explicit {
      guard isExecutable(explicit) else {
        throw PrintError(.notExecutable(namedBy: "--chromium", path: explicit), help: .installHelp)
      }
      return explicit
    }
    if let named = environment["LOSSBOOK_CHROMIUM"], !named.isEmpty {
      guard isExecutable(named) else {
        throw PrintError(.notExecutable(namedBy: "LOSSBOOK_CHROMIUM", path: named), help: .installHelp)
      }
      return named
    }
    for build in buildFolders(executablePath: executablePath) {
      if let found = playwrightChromium(in: build + "/ms-playwright") { return found }
    }
    for folder in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
      for name in names where isExecutable("\(folder)/\(name)") { return "\(folder)/\(name)" }
    }
    throw PrintError(.notFound, help: .installHelp)
  }

  /// `./.build`, and the `.build` folder the binary is in (`.build/release/lossbook`).
  static func buildFolders(executablePath: String) -> [String] {
    var out = [FileManager.default.currentDirectoryPath + "/.build"]
    var folder = (executablePath as NSString).deletingLastPathComponent
    while !folder.isEmpty && folder != "/" {
      if (folder as NSString).lastPathComponent == ".build" {
        out.append(folder)
        break
      }
      folder = (folder as NSString).deletingLastPathComponent
    }
    return out
  }

  /// The newest `chromium-<n>/chrome-linux*/chrome` of a Playwright browsers folder.
  static func playwrightChromium(in folder: String) -> String? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let builds = names.filter { $0.hasPrefix("chromium-") }.sorted {
      (Int($0.dropFirst(9)) ?? 0) > (Int($1.dropFirst(9)) ?? 0)
    }
    for build in builds {
      for sub in ["chrome-linux64/chrome", "chrome-linux/chrome"] where isExecutable("\(folder)/\(build)/\(sub)") {
        return "\(folder)/\(build)/\(sub)"
      }
    }
    return nil
  }

  static func isExecutable(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
      && access(path, X_OK) == 0
  }
}
