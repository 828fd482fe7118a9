/// `y = repeat(b)`: `b` copied to a larger shape, as broadcasting does (a vector to every row,
/// a column to every column, a scalar to every entry). Each entry of `b` is used many times,
/// so reverse mode sums: `∂L/∂b = sum(∂L/∂y, 0)` for a vector repeated down the rows.
/// Forward mode repeats the tangent.
struct RepeatRule: BlockRule {
    /// The shape repeated to.
    let shape: Shape

    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape { shape }

    /// The entry of the operand, of `source`, that entry `index` of the result copies.
    static func sourceIndex(_ index: Int, from source: Shape, to shape: Shape) -> Int {
        let (from, to) = (source.grid, shape.grid)
        let (row, column) = (index / to.columns, index % to.columns)
        return (from.rows == 1 ? 0 : row) * from.columns + (from.columns == 1 ? 0 : column)
    }

    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]]) {
        (Self.repeated(operands[0], from: shapes[0], to: shape), [])
    }

    /// `source`, of shape `from`, copied to `shape`.
    static func repeated(_ source: [Double], from: Shape, to shape: Shape) -> [Double] {
        (0..<shape.count).map { source[sourceIndex($0, from: from, to: shape)] }
    }

    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double]) {
        Self.sum(adjoint, from: frame.shape, to: frame.operandShapes[0], into: &into)
    }

    /// `into += ` each entry of `adjoint` (of `shape`) added onto the entry of `source` it copies.
    static func sum(_ adjoint: [Double], from shape: Shape, to source: Shape, into: inout [Double]) {
        for index in adjoint.indices { into[sourceIndex(index, from: source, to: shape)] += adjoint[index] }
    }

    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double]) {
        Self.add(tangent, from: frame.operandShapes[0], to: shape, into: &into)
    }

    /// `into += ` `tangent`, of shape `source`, repeated to `shape`.
    static func add(_ tangent: [Double], from source: Shape, to shape: Shape, into: inout [Double]) {
        for index in into.indices { into[index] += tangent[sourceIndex(index, from: source, to: shape)] }
    }

    /// `sum(∂L/∂y, 0)`: the sum that undoes repeating `source` to `shape`, written in the
    /// graph language.
    static func summing(_ adjoint: String, from shape: Shape, to source: Shape) -> String {
        let (from, to) = (source.grid, shape.grid)
        if source.isScalar || from.rows == 1 && from.columns == 1 { return "sum(\(adjoint))" }
        return from.rows == 1 && to.rows > 1 ? "sum(\(adjoint), 0)" : "sum(\(adjoint), 1)"
    }

    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let source = notation.operandShapes[0]
        let formula = Self.summing(notation.adjoint(notation.node), from: shape, to: source)
        return notation.text(notation.adjoint(notation.operands[0]), formula, [shape], source)
    }

    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        notation.forwardText("repeat(\(notation.tangent(notation.operands[0])))", [notation.operandShapes[0]], shape)
    }

    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32] {
        (0..<shape.count).map { tape.apply(.identity, operands[0][Self.sourceIndex($0, from: shapes[0], to: shape)]) }
    }
}
