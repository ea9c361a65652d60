#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a data path that names several files, a folder or a glob such as `evals/*/step*.json`,
/// into the files it means, listing every folder through the confined ``DataFileOpener``.
public enum DataFileGlob {
  /// The most files one path may expand to.
  public static let maxFiles = 10_000
  /// How deep a folder is searched below the one named.
  public static let maxDepth = 8

  /// True when `path` has a wildcard (`*`, `?` or `[`).
  public static func isPattern(_ path: String) -> Bool {
    path.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" })
  }

  /// The files `path` names, sorted: the file itself; every file ending in `suffix` in a folder and
  /// its subfolders; or every file a glob matches (`*`, `?`, `[...]` within one path component;
  /// names starting with `.` only match a pattern that starts with `.`).
  public static func files(
    _ path: String, suffix: String, opener: DataFileOpener
  ) throws(DataFileError) -> [String] {
    // The same lexical checks as a read: no absolute path, no `..`, no NUL, before any listing.
    _ = try DataFileRelativePath(path)
    var out: [String] = []
    if isPattern(path) {
      let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
      try match(parts[...], under: "", opener: opener, into: &out)
    } else if opener.isFolder(path) {
      try collect(folder: trimmedFolder(path), suffix: suffix, depth: 0, opener: opener, into: &out)
    } else {
      return [path]
    }
    return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  /// Expands the remaining pattern components below the folder `prefix`.
  private static func match(
    _ parts: ArraySlice<String>, under prefix: String, opener: DataFileOpener, into out: inout [String]
  ) throws(DataFileError) {
    guard let part = parts.first else { return }
    let isLast = parts.count == 1
    if !isPattern(part) {
      let path = join(prefix, part)
      if isLast {
        if !opener.isFolder(path) { out.append(path) }
      } else {
        try match(parts.dropFirst(), under: path, opener: opener, into: &out)
      }
      return
    }
    let entries = prefix.isEmpty ? try opener.list(".") : try opener.list(prefix)
    for entry in entries where fnmatch(part, entry.name, FNM_PERIOD) == 0 {
      let path = join(prefix, entry.name)
      if isLast {
        if !entry.isFolder { out.append(path) }
      } else if entry.isFolder {
        try match(parts.dropFirst(), under: path, opener: opener, into: &out)
      }
      if out.count > maxFiles { throw .tooMany(path, limit: maxFiles) }
    }
  }

  /// Every file ending in `suffix` in `folder` and its subfolders, up to ``maxDepth`` levels.
  private static func collect(
    folder: String, suffix: String, depth: Int, opener: DataFileOpener, into out: inout [String]
  ) throws(DataFileError) {
    guard depth <= maxDepth else { return }
    for entry in try opener.list(folder) {
      let path = join(folder, entry.name)
      if entry.isFolder {
        try collect(folder: path, suffix: suffix, depth: depth + 1, opener: opener, into: &out)
      } else if entry.name.hasSuffix(suffix) {
        out.append(path)
      }
      if out.count > maxFiles { throw .tooMany(path, limit: maxFiles) }
    }
  }

  /// `folder/name`, or `name` at the top.
  private static func join(_ folder: String, _ name: String) -> String {
    folder.isEmpty || folder == "." ? name : folder + "/" + name
  }

  /// The folder path without trailing slashes.
  private static func trimmedFolder(_ path: String) -> String {
    var p = path
    while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
    return p
  }
}
