#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One output file waiting to be written.
struct AtomicStagedFile: Sendable {
  /// The destination path as the caller gave it.
  var path: String
  /// The new content.
  var bytes: [UInt8]
}

/// The state of one commit: open folders, temporary files, and what has been written.
struct AtomicStagedFiles {
  /// A staged file with its folder and temporary name.
  private struct Entry {
    let file: AtomicStagedFile
    let folder: [UInt8]
    let name: [UInt8]
    var temporary: [UInt8]?
  }

  private var entries: [Entry] = []
  private var folders: [[UInt8]: AtomicFolder] = [:]

  /// Splits every destination into its folder and file name; nothing is touched yet.
  init(_ files: [AtomicStagedFile]) throws(AtomicWriteError) {
    for file in files {
      guard let (folder, name) = Self.split(file.path) else {
        throw AtomicWriteError(path: file.path, step: .invalidPath, errno: 0)
      }
      entries.append(Entry(file: file, folder: folder, name: name, temporary: nil))
    }
  }

  /// Writes every file to a synced temporary file beside its destination; on failure removes them all.
  mutating func writeTemporaryFiles() throws(AtomicWriteError) {
    for index in entries.indices {
      do {
        try writeTemporaryFile(index)
      } catch {
        removeTemporaryFiles()
        throw error
      }
    }
  }

  /// Renames every temporary file over its destination, then syncs the folders.
  mutating func renameIntoPlace() throws(AtomicWriteError) {
    for entry in entries {
      if let folder = folders[entry.folder], folder.isFolder(entry.name) {
        removeTemporaryFiles()
        throw AtomicWriteError(path: entry.file.path, step: .rename, errno: EISDIR)
      }
    }
    for index in entries.indices {
      let entry = entries[index]
      guard let folder = folders[entry.folder], let temporary = entry.temporary else { continue }
      if case .failure(let error) = folder.rename(temporary, over: entry.name) {
        removeTemporaryFiles()
        throw AtomicWriteError(path: entry.file.path, step: .rename, errno: error.code)
      }
      entries[index].temporary = nil
    }
    for folder in folders.values { folder.sync() }
  }

  /// Closes every folder opened by this commit.
  func closeFolders() {
    for folder in folders.values { folder.close() }
  }

  /// Creates, fills, syncs and closes the temporary file for entry `index`.
  private mutating func writeTemporaryFile(_ index: Int) throws(AtomicWriteError) {
    let entry = entries[index]
    let folder = try openFolder(entry.folder, for: entry.file.path)
    let created: (name: [UInt8], fd: Int32)
    switch folder.createTemporaryFile() {
    case .success(let file): created = file
    case .failure(let error):
      throw AtomicWriteError(path: entry.file.path, step: .createTemporaryFile, errno: error.code)
    }
    entries[index].temporary = created.name
    let written = AtomicFolder.writeAll(entry.file.bytes, to: created.fd)
    let closed = close(created.fd) == 0 ? 0 : errno
    if case .failure(let error) = written {
      throw AtomicWriteError(path: entry.file.path, step: .write, errno: error.code)
    }
    if closed != 0 { throw AtomicWriteError(path: entry.file.path, step: .write, errno: closed) }
  }

  /// The open folder `path`, created if needed.
  private mutating func openFolder(_ path: [UInt8], for destination: String) throws(AtomicWriteError) -> AtomicFolder {
    if let folder = folders[path] { return folder }
    switch AtomicFolder.open(creating: path) {
    case .success(let folder):
      folders[path] = folder
      return folder
    case .failure(let error):
      throw AtomicWriteError(path: destination, step: .createFolder, errno: error.code)
    }
  }

  /// Removes every temporary file still present.
  private mutating func removeTemporaryFiles() {
    for index in entries.indices {
      if let temporary = entries[index].temporary, let folder = folders[entries[index].folder] {
        folder.removeQuietly(temporary)
      }
      entries[index].temporary = nil
    }
  }

  /// The folder and file name of `path`, or nil when it is empty, ends in `/`, or has a NUL.
  static func split(_ path: String) -> (folder: [UInt8], name: [UInt8])? {
    let bytes = Array(path.utf8)
    let slash = UInt8(ascii: "/")
    guard !bytes.isEmpty, bytes.last != slash, !bytes.contains(0) else { return nil }
    let cut = bytes.lastIndex(of: slash)
    let name = Array(bytes[(cut.map { $0 + 1 } ?? 0)...])
    if name == Array(".".utf8) || name == Array("..".utf8) { return nil }
    guard let cut else { return ([], name) }
    return (cut == 0 ? [slash] : Array(bytes[..<cut]), name)
  }
}
