/// The English text of the engine's own diagnostics: data files, output, shards, decoding,
/// citations, printing and the notebook (`DiagnosticMessage`).
extension English {
  /// A list of names as a diagnostic writes it: "a, b, c".
  private func names(_ list: [String]) -> String { list.joined(separator: ", ") }

  // MARK: - Data files

  func text(_ key: FileProblem) -> String {
    switch key {
    case .emptyPath(let roots):
      "the data file path is empty or names a folder; write the path of a file relative to \(folders(roots))"
    case .absolutePath(let path, let roots):
      "'\(path)' is an absolute path; write the path relative to \(folders(roots))"
    case .leavesFolder(let path, let roots):
      roots
        ? "'\(path)' leaves the notebook's folder and the --data-root folders; data files must be inside one of "
          + "them (paths are relative to each, in that order)"
        : "'\(path)' leaves the notebook's folder; data files must be inside it\(widen(roots))"
    case .nulInPath: "the data file path contains a NUL character"
    case .uncheckedLink(let path, let roots):
      "'\(path)' goes through a symbolic link, which cannot be checked on this system; "
        + "data files must be inside \(folders(roots))\(widen(roots))"
    case .linkOutside(let path, let roots):
      "'\(path)' is a symbolic link to a file outside \(folders(roots)); data files must be inside it\(widen(roots))"
    case .notFound(let path, let roots):
      roots
        ? "data file '\(path)' was not found in the notebook's folder or a --data-root folder "
          + "(paths are relative to each of them, in that order)"
        : "data file '\(path)' was not found next to the notebook (paths are relative to the notebook's folder)"
    case .notRegularFile(let path): "'\(path)' is not a regular file (it is a folder, pipe or device)"
    case .tooLarge(let path, let bytes, let limit):
      "data file '\(path)' is too large (\(bytes) bytes; the limit is \(limit) bytes)"
    case .unreadable(let path, let reason): "data file '\(path)' could not be read: \(reason)"
    case .tooManyFiles(let path, let limit):
      "the path names more than \(limit) files (the limit), up to '\(path)'; name a smaller folder or glob"
    case .utf16WithByteOrderMark(let little):
      "the file is UTF-16 text (\(little ? "little-endian" : "big-endian"), with a byte-order mark), not UTF-8; "
        + saveAsUTF8
    case .nulByte(let line, let looksUTF16):
      (looksUTF16 ? "the file looks like UTF-16 text (NUL bytes between the letters), not UTF-8" : "a NUL byte")
        + " at line \(line); text data files hold no NUL bytes; \(saveAsUTF8)"
    case .invalidUTF8(let line): "line \(line) is not valid UTF-8 text (save the file as UTF-8)"
    case .rowWidth(let line, let fields, let header):
      "line \(line) has \(fields == 1 ? "1 field" : "\(fields) fields"), the header has \(header)"
    case .emptyCSV: "the file is empty; a CSV file needs at least a header line"
    case .tabsInHeader(let name):
      "the header is one column '\(name)' with tabs in it: this is a TSV file; write format: tsv (or name the file .tsv)"
    case .commasInHeader(let name):
      "the header is one column '\(name)' with commas in it: this is a CSV file; write format: csv"
    case .unnamedColumn(let column): "column \(column) of the header has no name"
    case .headerNameTwice(let name, let first, let second):
      "the header names '\(name)' twice (columns \(first) and \(second))"
    case .quoteInUnquotedField:
      "a quote inside an unquoted field; put the whole field in quotes and write a quote as \"\""
    case .quotedFieldNotClosed: "this quoted field is never closed (missing closing quote)"
    case .textAfterClosingQuote: "unexpected text after a closing quote; a quoted field must end at a comma or line end"
    case .textAfterJSON: "unexpected text after the JSON value"
    case .textAfterJSONLine: "one JSON value per line: unexpected text after the value"
    case .jsonEndsEarly: "the JSON text ends where a value was expected"
    case .jsonValueExpected: "expected a JSON value (a number, text in double quotes, true, false, null, [ or {)"
    case .jsonTooDeep(let levels): "the JSON nests deeper than \(levels) levels"
    case .memberNameExpected: "expected a member name in double quotes"
    case .memberNameTwice(let name): "the object names '\(name)' twice"
    case .colonExpected: "expected ':' after a member name"
    case .objectNotClosed: "this object is never closed (missing '}')"
    case .objectCommaExpected: "expected ',' or '}' in an object"
    case .arrayNotClosed: "this array is never closed (missing ']')"
    case .arrayCommaExpected: "expected ',' or ']' in an array"
    case .jsonTextNotClosed: "this text is never closed (missing '\"')"
    case .controlCharacter: "a control character inside text; write it as an escape such as \\n"
    case .unknownEscape(let escape): "an unknown escape '\(escape)' inside text"
    case .loneSurrogate: "a lone UTF-16 surrogate escape"
    case .unicodeEscapeDigits: "\\u needs four hexadecimal digits"
    case .numberDigits: "a number needs digits"
    case .fractionDigits: "a number needs digits after '.'"
    case .exponentDigits: "a number needs digits after 'e'"
    case .notANumber(let text): "'\(text)' is not a number"
    }
  }

  /// Where data files may be, with or without `--data-root` folders.
  private func folders(_ dataRoots: Bool) -> String {
    dataRoots ? "the notebook's folder or a --data-root folder" : "the notebook's folder"
  }

  /// How to allow another folder, when no `--data-root` was given.
  private func widen(_ dataRoots: Bool) -> String {
    dataRoots ? "" : " (use --data-root DIR to allow another folder)"
  }

  private var saveAsUTF8: String {
    "save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8'; with iconv: iconv -f UTF-16 -t UTF-8)"
  }

  // MARK: - Output

  func text(_ key: OutputProblem) -> String {
    switch key {
    case .emptyFolder: "the output folder is empty"
    case .emptyFolderHelp: "give the folder reports go to, e.g. --out Output"
    case .rootFolder(let folder): "the output folder '\(folder)' is the file-system root"
    case .rootFolderHelp: "give reports a folder of their own, e.g. --out Output"
    case .sideFolderHoldsInput(let folder, let input, let notebook):
      "the report's side folder '\(folder)' "
        + (notebook
          ? "holds the notebook itself ('\(input)')" : "is or holds a folder the notebook reads data from ('\(input)')")
        + "; lossbook will not write over its inputs"
    case .sideFolderHoldsInputHelp: "render into another folder with --out, or rename the notebook"
    case .overNotebook(let output): "the report would be written over the notebook itself ('\(output)')"
    case .overNotebookHelp: "rename the notebook so it ends in .md, or render into another folder with --out"
    case .emptyReportName(let notebook): "the notebook '\(notebook)' gives an empty report name"
    case .dotReportName(let notebook, let name, let side, let parent):
      "the notebook '\(notebook)' gives the report name '\(name)', which would make its side folder "
        + "'\(side)', \(parent ? "the folder above the output folder" : "the output folder itself")"
    case .reservedReportName(let notebook): "report names starting with '.lossbook-' are lossbook's own ('\(notebook)')"
    case .reportNameTooLong(let notebook, let limit): "the report name of '\(notebook)' is longer than \(limit) bytes"
    case .renameNotebookHelp: "rename the notebook, e.g. to 'report.md'"
    case .renameNotebookShortHelp: "rename the notebook"
    case .sideFolderIsLink(let path):
      "'\(path)' is a symbolic link where the report's side folder goes; lossbook will not follow "
        + "it or write through it"
    case .removeLinkHelp: "remove the link, or render into another folder with --out"
    case .notOurs(let path, let obstacle):
      "'\(path)' \(text(obstacle)), so lossbook will not replace or delete it (only files a previous render "
        + "listed in its manifest are replaced)"
    case .moveItHelp: "move it, or render with --out"
    case .renameOrMoveHelp(let path): "rename or move '\(path)', or render into another folder with --out"
    case .moveOutHelp(let folder): "move it out of '\(folder)', or render into another folder with --out"
    case .failed(let step, let path, let reason): "\(text(step)) '\(path)': \(reason)"
    case .writableFolderHelp:
      "check that the output folder is writable and the disk has room, or choose another with --out"
    case .lockTimeout(let folder, let seconds):
      "another lossbook render is publishing into '\(folder)' and did not finish within "
        + "\(seconds) s; nothing was written"
    case .lockTimeoutHelp: "render again when it has finished, or wait longer with --lock-wait SECONDS"
    case .stagingNotOpened(let folder, let reason): "could not open a staging folder in '\(folder)': \(reason)"
    case .stagingNotCreated(let folder, let reason): "could not create a staging folder in '\(folder)': \(reason)"
    case .publicationBegun(let message, let folder):
      message + "; the publication had begun, and the next render into '\(folder)' completes it"
    case .interruptedRender(let page, let reason):
      "an earlier render of '\(page)' was interrupted while publishing, and completing it failed: " + reason
    case .interruptedRenderHelp(let kept):
      "fix the cause, then render again; the interrupted render is kept in '\(kept)'"
    case .tooLarge(let bytes, let limit):
      "the report would write \(bytes) bytes, more than limits.output (\(limit) bytes)"
    case .tooLargeHelp: "make the notebook smaller, or raise limits: {output: …} in the front matter"
    case .partInTheWay(let path): "'\(path)' exists and is not a part file lossbook wrote; it was left alone"
    case .partInTheWayHelp: "move it away, or give --out another folder"
    case .partNotWritten(let path, let reason): "cannot write the part file '\(path)': \(reason)"
    case .partNotWrittenHelp: "check that the folder exists and can be written"
    case .notAFilePath(let path): "'\(path)' is not a file path (it is empty or ends in '/')"
    case .folderNotCreated(let path, let reason): "could not create the folder for '\(path)'\(because(reason))"
    case .temporaryNotCreated(let path, let reason):
      "could not create a temporary file next to '\(path)'\(because(reason))"
    case .notWritten(let path, let reason): "could not write '\(path)'\(because(reason))"
    case .notReplaced(let path, let reason): "could not replace '\(path)'\(because(reason))"
    }
  }

  /// ": <reason>", or nothing when there is none.
  private func because(_ reason: String?) -> String { reason.map { ": " + $0 } ?? "" }

  private func text(_ obstacle: OutputObstacle) -> String {
    switch obstacle {
    case .fileForSideFolder: "is a file where the report's side folder goes"
    case .strangeFolder: "is a folder lossbook did not make"
    case .strangeFile: "was not written by lossbook"
    }
  }

  private func text(_ step: OutputStep) -> String {
    switch step {
    case .createFolder: "could not create the folder"
    case .open: "could not open"
    case .lock: "could not lock the output folder"
    case .read: "could not read"
    case .write: "could not write"
    case .replace: "could not replace"
    case .remove: "could not remove"
    case .inspect: "could not inspect"
    }
  }

  // MARK: - Shards

  func text(_ key: ShardProblem) -> String {
    switch key {
    case .notebookUnreadable(let notebook):
      "the parts were rendered from '\(notebook)', which cannot be read from here"
    case .notebookUnreadableHelp:
      "run merge from the folder the shards ran in, or name the notebook with --notebook PATH"
    case .notebookChanged(let notebook):
      "the notebook '\(notebook)' has changed since the shards ran (its SHA-256 differs from the parts')"
    case .notebookChangedHelp: "render every shard again from the notebook as it is now"
    case .notAPart(let path): "'\(path)' is not a part file of lossbook render --shard"
    case .notAPartHelp: "remove it from the parts folder"
    case .folderUnreadable(let folder): "cannot read the parts folder '\(folder)'"
    case .folderUnreadableHelp: "give the folder render --shard wrote into"
    case .noParts(let folder): "the folder '\(folder)' holds no part files (*.part-K-of-N.json)"
    case .noPartsHelp(let folder): "render the shards first: lossbook render notebook.md --shard K/N --out \(folder)"
    case .otherNotebook(let file, let first):
      "'\(file)' comes from another notebook or another version of it than '\(first)'"
    case .otherNotebookHelp: "keep one notebook's parts in the folder, all rendered from the same text"
    case .otherSeed(let file, let seed, let first, let firstSeed):
      "'\(file)' was rendered with seed \(seed), '\(first)' with seed \(firstSeed)"
    case .otherSeedHelp: "render every shard with the same --seed"
    case .otherParameters(let file, let first): "'\(file)' was rendered with other parameters than '\(first)'"
    case .otherParametersHelp: "render every shard with the same --param values"
    case .otherCount(let file, let count, let first, let firstCount):
      "'\(file)' is a shard of \(count), '\(first)' a shard of \(firstCount)"
    case .otherCountHelp: "render every shard with the same N in --shard K/N"
    case .twice(let shard, let count, let first, let second):
      "shard \(shard) of \(count) is there twice: '\(first)' and '\(second)'"
    case .twiceHelp: "remove one of them"
    case .missing(let shards, let count, let folder):
      "shard\(shards.count == 1 ? "" : "s") \(names(shards.map(String.init))) of \(count) "
        + "\(shards.count == 1 ? "is" : "are") missing from '\(folder)'"
    case .missingHelp(let notebook, let shards, let count, let folder):
      "render "
        + shards.map { "lossbook render \(notebook) --shard \($0)/\(count) --out \(folder)" }.joined(separator: "; ")
    }
  }

  // MARK: - Decoding

  func text(_ key: SpecProblem) -> String {
    switch key {
    case .yamlUnreadable(let error): "the YAML cannot be read: \(error)"
    case .yamlSyntax(let problem): "YAML syntax: \(problem)"
    case .bracketNotClosed(let bracket, let problem): "YAML syntax: this '\(bracket)' is never closed (\(problem))"
    case .tabsHelp: "indent with spaces, not tabs"
    case .keysTwice(let keys): "YAML: the key '\(keys.joined(separator: "', '"))' appears twice in one mapping"
    case .yaml(let error): "YAML: \(error)"
    case .unknownField(let name, let fields):
      "unknown field '\(name)'" + (fields.isEmpty ? "" : "; the fields here are: \(names(fields))")
    case .shouldBe(let field, let expected, let found):
      "\(field.isEmpty ? "the block" : "'\(field)'") should be \(text(expected)), not \(text(found))"
    case .missingField(let field): "missing field '\(field)'"
    case .addFieldHelp(let key): "add '\(key): …'"
    case .tooFewItems(let field): "'\(field)' has too few items"
    case .shouldBeNumber: "should be a number"
    case .notANumber(let text): "'\(text)' is not a number"
    case .numberHelp: "write a number such as 2.2 or 1.5B, or an expression such as =params.eta"
    case .expressionShouldBeText: "an expression should be text such as '=loss < 3'"
    case .parameterNumberOrText: "a parameter should be a number or text"
    case .notOneOf(let value, let choices): "'\(value)' is not one of: \(names(choices))"
    case .outputLimit: "limits.output must be a positive number of bytes, such as 1B (a billion)"
    }
  }

  private func text(_ expected: ExpectedValue) -> String {
    switch expected {
    case .fields: "a mapping of fields (key: value)"
    case .list: "a list"
    case .text: "text"
    case .number: "a number"
    case .trueOrFalse: "true or false"
    case .wholeNumber: "a whole number"
    case .wholeNumberBetween(let low, let high): "a whole number between \(low) and \(high)"
    }
  }

  private func text(_ found: FoundValue) -> String {
    switch found {
    case .empty: "an empty value"
    case .scalar(let text): "'\(text)'"
    case .mapping: "a mapping"
    case .list: "a list"
    case .alias: "an alias"
    }
  }

  // MARK: - Citations

  func text(_ key: CitationProblem) -> String {
    switch key {
    case .referencesNotAList: "references: should be a list of works (CSL YAML)"
    case .referencesListHelp: "write each work as '- id: du2024' with its title, author, issued"
    case .bibliographyUnreadable(let path, let reason): "cannot read the bibliography '\(path)': \(reason)"
    case .bibliographyUnreadableHelp: "name a CSL JSON file beside the notebook (Zotero: File, Export, CSL JSON)"
    case .notCSLJSON(let path): "the bibliography '\(path)' is not CSL JSON (a JSON array of works)"
    case .notCSLJSONHelp: "export the library as CSL JSON, or list the works under references: in the front matter"
    case .workWithoutID: "a work in the references has no id"
    case .workWithoutIDHelp: "give it the key the prose cites, such as 'id: du2024'"
    case .idTwice(let key): "the reference id '\(key)' is used twice"
    case .idTwiceHelp: "give each work its own id"
    case .noWork(let key): "no work with the key '\(key)' in the references"
    case .noReferencesHelp:
      "list the work under references: in the front matter (CSL YAML), or name a CSL JSON file with bibliography:"
    case .keysAre(let keys): "the keys are: \(names(keys))"
    case .namesNoNumbered(let key, let label): "'@\(key)' names no numbered \(numbered(label))"
    case .noneNumbered(let label): "no block is a numbered \(numbered(label)) (hidden blocks take no number)"
    case .numberedAre(let label, let keys): "the \(label == .figure ? "figures" : "tables") are: \(names(keys))"
    }
  }

  /// What a cross-reference names, after "numbered".
  private func numbered(_ label: NumberedLabel) -> String {
    switch label {
    case .figure: "figure (a plot or budget block)"
    case .table: "table (a table block)"
    }
  }

  // MARK: - Printing

  func text(_ key: PrintProblem) -> String {
    switch key {
    case .noTemporaryFolder(let reason): "could not make a temporary folder to print the report in: \(reason)"
    case .pageNotWritten(let folder): "could not write the page to print into '\(folder)'"
    case .temporaryFolderHelp: "check that TMPDIR (or /tmp) is writable and has space"
    case .notStarted(let executable, let reason): "could not start Chromium '\(executable)': \(reason)"
    case .timedOut(let executable, let seconds):
      "Chromium '\(executable)' did not print the report within \(seconds) s"
    case .timedOutHelp: "try again; a very large report may need a faster machine"
    case .exited(let executable, let status, let detail):
      "Chromium '\(executable)' exited with status \(status) without printing a PDF" + (detail.map { ": " + $0 } ?? "")
    case .exitedHelp(let executable):
      "check that this Chromium runs (\(executable) --headless --version), or name another with --chromium PATH"
    case .notExecutable(let option, let path): "\(option) '\(path)' is not an executable file"
    case .notFound: "--to pdf needs Chromium, and none was found"
    case .installHelp:
      "install Chromium with Scripts/bootstrap --browser (apt-get install chromium), or name one with --chromium PATH "
        + "or LOSSBOOK_CHROMIUM"
    }
  }

  // MARK: - The notebook

  func text(_ key: NotebookProblem) -> String {
    switch key {
    case .unreadable(let path): "cannot read the notebook '\(path)'"
    case .notUTF8(let path): "the notebook '\(path)' is not UTF-8 text"
    case .includesItself(let path, let chain): "'\(path)' includes itself: \(chain)"
    case .removeIncludeHelp: "remove one of the includes"
    case .includesTooDeep(let levels, let chain): "includes nest more than \(levels) deep: \(chain)"
    case .includesTooDeepHelp: "include the files from the notebook itself"
    case .includeUnreadable(let path, let reason): "cannot include '\(path)': \(reason)"
    case .includePathsHelp: "paths are relative to the including file and stay in the notebook's folder"
    case .includeNotUTF8(let path): "cannot include '\(path)': it is not UTF-8 text"
    case .saveAsUTF8Help: "save it as UTF-8"
    case .skipped(let kind, let block, let failed): "\(kind) '\(block)' was not run because '\(failed)' failed"
    case .notRun(let failed): "not run because '\(failed)' failed"
    case .ciNeedsInterval: "the ci format needs a value with an estimate and an interval, such as test.eta"
    case .blockHasNoValues(let block):
      "the block '\(block)' failed (or was not run after another failure), so it has no values "
        + "to show; fix the error reported for it"
    case .noParameter(let name, let didYouMean): "no parameter '\(name)'" + (didYouMean.map { "; \($0)" } ?? "")
    case .noBlockOrColumn(let name): "no block or column '\(name)'"
    case .hasNo(let at, let key, let didYouMean, let keys):
      "'\(at)' has no '\(key)'"
        + (didYouMean.map { "; \($0)" } ?? (keys.isEmpty ? "" : " (it has: \(names(keys.sorted())))"))
    case .groupNotNumber(let name, let keys):
      "'\(name)' is a group of values, not a number (it has: \(names(keys.sorted())))"
    case .listNeedsIndex(let name): "'\(name)' is a list; add an index such as .0"
    }
  }
}
