/// The command line's own words (`lossbook render`, `check`, `merge`, `preview`): its help,
/// usage errors, progress lines and summaries. English in every report language, as
/// diagnostics are; `Words.command(_:)` gives the text (`English+Commands.swift`).
public enum CommandMessage: Sendable, Hashable {
  /// A command's one-line summary in `--help`.
  case abstract(CommandName)
  /// An argument's or option's line in `--help`.
  case help(CommandOption)

  // Usage errors (exit status 2).
  case shardForm(given: String)
  case jobsAtLeastOne
  case lockWaitRange
  case chromiumNeedsPDF
  case paramForm(given: String)
  case portRange
  case noSuchNotebook(String)
  case notebookIsFolder(String)
  case folderHoldsNoNotebooks(String)
  case sameOutputFolder(String, String)
  case outEmpty
  case outIsRoot(String)
  case outIsFile(String)
  /// A notebook named like an option, before any `--`.
  case dashNotebook(argument: String, command: String)
  /// `--param NAME` that no notebook declares; `hint` is a "did you mean" or nil.
  case unknownParameter(name: String, hint: String?, declared: [String])
  /// The preview cannot listen on the port; `system` is the system's own words.
  case cannotListen(port: Int, system: String, suggestPort: Bool)

  // Progress and summaries.
  /// A symbolic link in a notebook folder, skipped.
  case skippedLink(path: String, toFolder: Bool)
  /// "notebook → Output/report.html (and 3 more files)".
  case wrote(source: String, first: String, more: Int)
  /// A shard's part file written, and how to join the parts.
  case wroteShard(source: String, part: String, shard: String, folder: String)
  case checked(String)
  /// A preview's render finished, with errors or not.
  case previewRendered(file: String?, failed: Bool)
  case previewing(notebook: String, port: Int)
  /// The progress line of a long block: replicates done, rate, and seconds left (nil: done).
  case progress(block: String, done: Int, total: Int, rate: Int, secondsLeft: Int?)

  // The preview server's plain-text answers.
  case previewGetOnly
  case previewLocalOnly
  case previewRendering
  case previewNotFound
}

/// The commands.
public enum CommandName: Sendable, Hashable {
  case lossbook, render, merge, check, preview
}

/// The arguments and options whose help the command line shows.
public enum CommandOption: Sendable, Hashable {
  case notebooks, out, mergeOut, param, seed, jobs, keepGoing, dataRoot, verbose, to, chromium, lockWait, shard
  case parts, mergeNotebook, previewNotebook, port
}
