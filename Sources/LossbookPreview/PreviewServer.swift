import FlyingFox
import FlyingSocks
import Foundation
import LossbookEngine
import LossbookRender
import LossbookSyntax
import LossbookWords

/// The HTTP side of `lossbook preview`, on FlyingFox, listening on 127.0.0.1 only.
///
/// - `GET /`: the latest version's preview page, with its Content-Security-Policy header.
/// - `GET /_lossbook/wait?after=N`: waits (up to 10 s) for a version other than N, then answers
///   with its page and the header `X-Lossbook-Version`; 204 when none came.
/// - `GET /<name>.json`, `GET /<name>/<file>`: the results and side files, from memory.
///
/// A request whose Host header is not this server's address is refused (a web page elsewhere
/// cannot reach it through a name that resolves to 127.0.0.1).
public final class PreviewServer: Sendable {
  /// The session served.
  public let session: PreviewSession
  private let server: HTTPServer

  /// How long a long poll waits before answering 204.
  static let longPoll: Duration = .seconds(10)

  /// A server for `session` on 127.0.0.1:`port` (0: a free port the system picks).
  public init(session: PreviewSession, port: UInt16) throws {
    self.session = session
    server = HTTPServer(
      address: try .inet(ip4: "127.0.0.1", port: port), timeout: 30, logger: .disabled,
      handler: PreviewHandler(session: session))
  }

  /// Serves until the task is cancelled or ``stop()``; throws a ``PreviewServerError`` in words
  /// when the port cannot be bound (or the server stops on a socket error).
  public func run() async throws {
    do {
      try await server.run()
    } catch SocketError.failed(_, _, let message) {
      throw PreviewServerError(message: message)
    } catch is CancellationError {
      return
    } catch {
      throw PreviewServerError(message: error.localizedDescription)
    }
  }

  /// Waits until the server listens, and returns its port. It returns as soon as it listens; the
  /// 30 s limit only matters on a machine so loaded that 10 s were once not enough (a full
  /// `swift test` at load average 7).
  public func waitUntilListening() async throws -> UInt16 {
    try await server.waitUntilListening(timeout: 30)
    guard case .ip4(_, let port)? = await server.listeningAddress else { return 0 }
    return port
  }

  /// Stops serving.
  public func stop() async { await server.stop(timeout: 1) }
}

/// Why the server stopped, in the system's words ("Address already in use").
public struct PreviewServerError: Error, CustomStringConvertible, Sendable {
  /// The system's message.
  public let message: String
  public var description: String { message }
}

/// The routes of ``PreviewServer``.
struct PreviewHandler: HTTPHandler {
  let session: PreviewSession

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    guard request.method == .GET || request.method == .HEAD else {
      return Self.plain(.methodNotAllowed, Words.command(.previewGetOnly) + "\n")
    }
    guard Self.isLocal(request.headers[.host]) else {
      return Self.plain(.forbidden, Words.command(.previewLocalOnly) + "\n")
    }
    switch request.path {
    case "/", "/index.html":
      guard let snapshot = session.current else {
        return Self.plain(.serviceUnavailable, Words.command(.previewRendering) + "\n")
      }
      return Self.page(snapshot)
    case "/_lossbook/wait":
      let after = Int(request.query["after"] ?? "") ?? -1
      let clock = ContinuousClock()
      let deadline = clock.now + PreviewServer.longPoll
      while clock.now < deadline {
        if let snapshot = session.current, snapshot.version != after { return Self.page(snapshot) }
        try await Task.sleep(for: .milliseconds(40))
      }
      return HTTPResponse(statusCode: .noContent, headers: [.cacheControl: "no-store"])
    default:
      guard let snapshot = session.current else { return Self.plain(.notFound, Words.command(.previewNotFound) + "\n") }
      let path = String(request.path.dropFirst())
      if !snapshot.name.isEmpty, path == snapshot.name + ".html" { return Self.page(snapshot) }
      guard let bytes = snapshot.files[path] else {
        return Self.plain(.notFound, Words.command(.previewNotFound) + "\n")
      }
      return HTTPResponse(
        statusCode: .ok,
        headers: [
          .contentType: Self.contentType(path), .cacheControl: "no-store",
          HTTPHeader("Content-Security-Policy"): "default-src 'none'",
          HTTPHeader("X-Content-Type-Options"): "nosniff",
        ], body: Data(bytes))
    }
  }

  /// A version's page.
  static func page(_ snapshot: PreviewSession.Snapshot) -> HTTPResponse {
    HTTPResponse(
      statusCode: .ok,
      headers: [
        .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
        HTTPHeader("Content-Security-Policy"): snapshot.policy,
        HTTPHeader("X-Content-Type-Options"): "nosniff",
        HTTPHeader("X-Lossbook-Version"): String(snapshot.version),
      ], body: Data(snapshot.page.utf8))
  }

  static func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
    HTTPResponse(
      statusCode: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
      body: Data(text.utf8))
  }

  /// True for `127.0.0.1[:port]` and `localhost[:port]`; a request without Host (HTTP/1.0) too.
  static func isLocal(_ host: String?) -> Bool {
    guard let host else { return true }
    let name = host.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
    return name == "127.0.0.1" || name.lowercased() == "localhost"
  }

  static func contentType(_ path: String) -> String {
    switch (path as NSString).pathExtension.lowercased() {
    case "json": "application/json"
    case "csv": "text/csv; charset=utf-8"
    case "svg": "image/svg+xml"
    case "html": "text/html; charset=utf-8"
    default: "application/octet-stream"
    }
  }
}
