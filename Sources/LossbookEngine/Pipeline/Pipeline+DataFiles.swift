import Foundation

extension Pipeline {
  /// The opener for the files a notebook reads (data files, its bibliography): its own folder
  /// and the `--data-root` folders, nothing else.
  func dataFiles(for path: String, options: RenderOptions) -> DataFileOpener {
    let folder = (path as NSString).deletingLastPathComponent
    let roots = [folder.isEmpty ? "." : folder] + options.dataRoots
    return DataFileOpener(roots: roots.map { ($0 as NSString).standardizingPath }.map(Self.absolute))
  }
}
