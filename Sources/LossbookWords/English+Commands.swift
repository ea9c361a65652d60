/// The English text of the command line's own words (`CommandMessage`).
extension English {
  func text(_ key: CommandMessage) -> String {
    switch key {
    case .abstract(let command): abstract(command)
    case .help(let option): help(option)
    case .shardForm(let given): "--shard takes K/N with 1 ≤ K ≤ N (such as --shard 2/4), not '\(given)'"
    case .jobsAtLeastOne: "--jobs must be 1 or more"
    case .lockWaitRange: "--lock-wait takes 0 to 86400 seconds"
    case .chromiumNeedsPDF: "--chromium is for --to pdf"
    case .paramForm(let given): "--param takes NAME=VALUE, not '\(given)'"
    case .portRange: "--port takes 0 to 65535 (0 picks a free port)"
    case .noSuchNotebook(let path): "cannot read the notebook '\(path)': no such file"
    case .notebookIsFolder(let path): "'\(path)' is a folder; preview takes one notebook, e.g. \(path)/quickstart.md"
    case .folderHoldsNoNotebooks(let path): "the folder '\(path)' holds no .md notebooks"
    case .sameOutputFolder(let a, let b): "'\(a)' and '\(b)' would write to the same output folder"
    case .outEmpty: "--out is empty; give the folder reports go to, e.g. --out Output"
    case .outIsRoot(let out):
      "--out '\(out)' is the file-system root; lossbook writes reports into a folder of their own, e.g. --out Output"
    case .outIsFile(let out): "--out '\(out)' is an existing file, not a folder; choose a folder for the reports"
    case .dashNotebook(let argument, let command):
      "'\(argument)' starts with '-', so it reads as an option; to name a notebook whose name starts "
        + "with '-', write './\(argument)', or put it after '--': lossbook \(command) -- \(argument)"
    case .unknownParameter(let name, let hint, let declared):
      "--param \(name): no parameter '\(name)' under params: in the front matter\(hint.map { "; \($0)" } ?? "") ("
        + (declared.isEmpty
          ? "the notebook declares no parameters" : "the parameters are \(declared.joined(separator: ", "))") + ")"
    case .cannotListen(let port, let system, let suggestPort):
      "cannot listen on 127.0.0.1:\(port): \(system)"
        + (suggestPort ? "; choose another port with --port N (--port 0 picks a free one)" : "")
    case .skippedLink(let path, let toFolder):
      "lossbook: skipped '\(path)': it is \(toFolder ? "a symbolic link to a folder" : "a symbolic link"), "
        + "and a folder's notebooks are its real files"
    case .wrote(let source, let first, let more): "\(source) → \(first) (and \(more) more files)"
    case .wroteShard(let source, let part, let shard, let folder):
      "\(source) → \(part) (shard \(shard); join the parts with lossbook merge \(folder) --out DIR)"
    case .checked(let path): "\(path): ok"
    case .previewRendered(let file, let failed):
      "lossbook: \(file ?? "the notebook") \(failed ? "has errors (shown in the page)" : "rendered")"
    case .previewing(let notebook, let port): "Previewing \(notebook) at http://127.0.0.1:\(port)/ (Ctrl-C stops)"
    case .progress(let block, let done, let total, let rate, let secondsLeft):
      "lossbook: \(block): \(done)/\(total) replicates, \(rate)/s, "
        + (secondsLeft.map { "\($0) s left   " } ?? "done            ")
    case .previewGetOnly: "lossbook preview answers GET only"
    case .previewLocalOnly: "lossbook preview answers requests to 127.0.0.1 or localhost only"
    case .previewRendering: "rendering…"
    case .previewNotFound: "not found"
    }
  }

  private func abstract(_ command: CommandName) -> String {
    switch command {
    case .lossbook: "Turns Markdown notebooks into annotated HTML reports about emergent abilities."
    case .render: "Render notebooks (a folder means every *.md inside it and its subfolders)."
    case .merge: "Join the part files of render --shard K/N into the report, the same bytes as a render on one machine."
    case .check: "Parse, decode and resolve notebooks, read data files' headers; run nothing; report every problem."
    case .preview:
      "Serve a notebook's report on 127.0.0.1, re-rendered and updated in the page whenever a file it reads "
        + "changes; writes nothing."
    }
  }

  private func help(_ option: CommandOption) -> String {
    switch option {
    case .notebooks: "Notebooks or folders of notebooks."
    case .out: "Where reports go."
    case .mergeOut: "Where the report goes."
    case .param: "Override a front-matter parameter: NAME=VALUE (repeatable)."
    case .seed: "Override the notebook's seed."
    case .jobs: "Worker threads (default: the number of cores)."
    case .keepGoing: "Render failed blocks as error boxes; the exit status stays 1."
    case .dataRoot: "Let data blocks read files under this folder too (repeatable)."
    case .verbose: "Report each pipeline stage and its time on standard error."
    case .to: "html, or pdf: the HTML and, next to it, the page printed by headless Chromium."
    case .chromium: "The Chromium that prints --to pdf (default: LOSSBOOK_CHROMIUM, then chromium on the PATH)."
    case .lockWait: "Seconds to wait while another render publishes into the same output folder (default 60)."
    case .shard: "Run the K-th of N slices of every sweep's replicates and write a part file into --out, not a report."
    case .parts: "The folder the shards wrote their part files into."
    case .mergeNotebook: "The notebook, when the path the parts name does not lead to it from here."
    case .previewNotebook: "The notebook."
    case .port: "The port on 127.0.0.1 (0 picks a free one)."
    }
  }
}
