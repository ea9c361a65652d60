/// A diagnostic's message or help: the command line's words (`error: ...`, `help: ...`), one
/// nested enum per block kind (`Messages/Diagnostics/`), its values the names and numbers the
/// sentence needs, already formatted. The English text is in `English+Diagnostics.swift`.
///
/// Diagnostics stay English in every report language, as compilers' do: a catalogue answers
/// with the English text unless it says otherwise (`Catalogue.text(_: DiagnosticMessage)`), and
/// only the test language `en-XA` does, marking it, so that an error box on a page (`--keep-going`)
/// shows whether its text came through the catalogue.
public enum DiagnosticMessage: Sendable, Hashable {
  case fit(FitProblem)
  case plot(PlotProblem)
  case threshold(ThresholdProblem)
  case data(DataProblem)
  case family(FamilyProblem)
  case table(TableProblem)
  case explain(ExplainProblem)
  case explore(ExploreProblem)
  case column(ColumnProblem)
  case budget(BudgetProblem)
  case collapse(CollapseProblem)
  case sweep(SweepProblem)
  case engine(EngineProblem)
  case file(FileProblem)
  case output(OutputProblem)
  case shard(ShardProblem)
  case spec(SpecProblem)
  case citation(CitationProblem)
  case print(PrintProblem)
  case notebook(NotebookProblem)
  case syntax(SyntaxProblem)
  case expression(ExpressionProblem)
  case limit(LimitMessage)
}
