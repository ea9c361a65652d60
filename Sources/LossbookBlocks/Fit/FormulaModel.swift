import LossbookCore
import LossbookEngine
import LossbookStats
import LossbookSyntax
import LossbookWords

/// A formula model (`{name, formula, start, positive, bounds, starts}`) turned into a ``CustomModel``:
/// parameters are the names in `start`, every other bare name is a column of the table and
/// `params.NAME` a notebook parameter. Values come from the compiled expression; the
/// Jacobian from forward-mode automatic differentiation of the expression tree (exact, no
/// finite differences).
enum FormulaModel {
  /// Resolves the formula's names against the start, the table and the notebook parameters.
  ///
  /// - Throws: a failure positioned at an unknown name in the formula, at a start parameter
  ///   that the formula does not use, or at an unknown name in `positive`.
  static func make(
    _ spec: FormulaSpec, table: DataTable, context: ExecutionContext
  ) throws(BlockFailure) -> CustomModel {
    let expression = spec.formula.expression
    let parameterNames = spec.start.fields.map(\.name)
    var columnNames: [String] = []
    var constants: [String: Double] = [:]
    var used = Set<String>()
    for ref in expression.expression.references {
      let name = ref.dotted
      if parameterNames.contains(name) {
        used.insert(name)
      } else if ref.path.count == 2, ref.path[0] == "params", case .number(let x)? = context.params[ref.path[1]] {
        constants[name] = x
      } else if ref.path.count == 1, let column = table.column(name), case .numbers = column.values {
        if !columnNames.contains(name) { columnNames.append(name) }
      } else {
        let candidates = parameterNames + table.columnNames
        throw BlockFailure(
          FitDiagnostics.unknownName,
          .fit(.formulaUnknownName(model: spec.name.value, name: name)),
          at: expression.range(of: ref),
          help: Diagnostic.didYouMean(name, among: candidates)
            ?? Words.diagnostic(.fit(.formulaNamesHelp(parameters: parameterNames, columns: table.columnNames)))
        )
      }
    }
    for (name, value) in spec.start.fields where !used.contains(name) {
      throw BlockFailure(
        FitDiagnostics.unusedParameter, .fit(.unusedStart(parameter: name)), at: value.range,
        help: .fit(.unusedStartHelp))
    }
    var positive = [Bool](repeating: false, count: parameterNames.count)
    for name in spec.positive ?? [] {
      guard let j = parameterNames.firstIndex(of: name.value) else {
        throw BlockFailure(
          FitDiagnostics.unknownName, .fit(.positiveNotAParameter(name: name.value)), at: name.range,
          help: Diagnostic.didYouMean(name.value, among: parameterNames))
      }
      positive[j] = true
    }
    let bounds = try FitModelSettings.bounds(spec.bounds, names: parameterNames)
    let firstStart = spec.start.fields.map { $0.value.values[0] }
    let extraStarts = try FitModelSettings.starts(spec.starts, names: parameterNames).map { point in
      parameterNames.indices.map { point[parameterNames[$0]] ?? firstStart[$0] }
    }
    let columns = columnNames.map { table.numbers($0) ?? [] }
    let program = Program(
      expression: expression.expression, parameterNames: parameterNames, columnNames: columnNames,
      constants: constants)
    return CustomModel(
      name: spec.name.value, parameterNames: parameterNames, predictors: columns, positive: positive,
      starts: extraStarts + startGrid(spec.start.fields.map(\.value.values)),
      value: { row, parameters in program.value(row: row, parameters: parameters) },
      gradient: { row, parameters in program.valueAndGradient(row: row, parameters: parameters).gradient },
      solverModel: { program.solverModel(columns: columns) }, bounds: parameterNames.map { bounds[$0] })
  }

  /// Every combination of the listed starting values, the first parameter varying slowest.
  static func startGrid(_ lists: [[Double]]) -> [[Double]] {
    var grid: [[Double]] = [[]]
    for list in lists {
      grid = grid.flatMap { prefix in list.map { prefix + [$0] } }
    }
    return grid
  }

  /// The formula with its names bound: slots 0..<p are the parameters, then the columns.
  struct Program: Sendable {
    let expression: LossbookSyntax.Expression
    let compiled: CompiledExpression?
    let parameterNames: [String]
    let columnIndex: [String: Int]
    let constants: [String: Double]

    init(
      expression: LossbookSyntax.Expression, parameterNames: [String], columnNames: [String],
      constants: [String: Double]
    ) {
      self.expression = expression
      self.parameterNames = parameterNames
      var index: [String: Int] = [:]
      for (i, name) in columnNames.enumerated() { index[name] = i }
      self.columnIndex = index
      self.constants = constants
      let p = parameterNames.count
      let constantSlots = constants.keys.sorted()
      self.compiled = try? expression.compile { (ref: ExpressionReference) throws(ExpressionError) -> Int in
        let name = ref.dotted
        if let j = parameterNames.firstIndex(of: name) { return j }
        if let c = index[name] { return p + c }
        if let k = constantSlots.firstIndex(of: name) { return p + columnNames.count + k }
        throw ExpressionError(Words.diagnostic(.engine(.unknownExpressionName(name))), offset: -1, length: 0)
      }
      self.constantValues = constantSlots.map { constants[$0] ?? .nan }
    }

    /// Constant slot values, after the parameters and columns.
    let constantValues: [Double]

    /// The model's value at a row (one value per column).
    func value(row: [Double], parameters: [Double]) -> Double {
      if let compiled { return compiled.evaluate(parameters + row + constantValues) }
      return valueAndGradient(row: row, parameters: parameters).value
    }

    /// The value and its exact gradient in the parameters (forward-mode AD of the tree).
    func valueAndGradient(row: [Double], parameters: [Double]) -> (value: Double, gradient: [Double]) {
      let result = try? expression.evaluateWithGradient(variables: parameterNames, values: parameters) {
        (ref: ExpressionReference) throws(ExpressionError) -> Double in
        if let c = columnIndex[ref.dotted] { return row[c] }
        return constants[ref.dotted] ?? .nan
      }
      return result ?? (.nan, parameters.map { _ in .nan })
    }

    /// The model over every row, for the solver.
    func solverModel(columns: [[Double]]) -> NonlinearModel {
      let p = parameterNames.count
      return NonlinearModel(parameterNames: parameterNames) { parameters, values, jacobian in
        let theta = Array(parameters)
        for i in 0..<values.count {
          let row = columns.map { $0[i] }
          if let jacobian {
            let (value, gradient) = valueAndGradient(row: row, parameters: theta)
            values[i] = value
            for j in 0..<p { jacobian[i * p + j] = gradient[j] }
          } else {
            values[i] = value(row: row, parameters: theta)
          }
        }
      }
    }
  }
}
