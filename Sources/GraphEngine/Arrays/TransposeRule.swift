/// `y = transpose(x)`: rows become columns. Both modes transpose what comes in:
/// `∂L/∂x = (∂L/∂y)ᵀ`, `ẏ = ẋᵀ`.
struct TransposeRule: BlockRule {
    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape {
        guard shapes[0].isMatrix else { throw .needsMatrix(function: "transpose", operand: texts[0], shape: shapes[0]) }
        return .matrix(shapes[0].dimensions[1], shapes[0].dimensions[0])
    }

    /// The entry of the operand, of `source`, at entry `index` of its transpose.
    static func sourceIndex(_ index: Int, of source: Shape) -> Int {
        let (rows, columns) = source.grid
        return (index % rows) * columns + index / rows
    }

    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]]) {
        ((0..<shape.count).map { operands[0][Self.sourceIndex($0, of: shapes[0])] }, [])
    }

    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double]) {
        for index in adjoint.indices { into[Self.sourceIndex(index, of: frame.operandShapes[0])] += adjoint[index] }
    }

    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double]) {
        for index in into.indices { into[index] += tangent[Self.sourceIndex(index, of: frame.operandShapes[0])] }
    }

    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        notation.text(notation.adjoint(notation.operands[0]), "(\(notation.adjoint(notation.node)))ᵀ", [notation.shape], notation.operandShapes[0])
    }

    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        notation.forwardText("\(notation.tangent(notation.operands[0]))ᵀ", [notation.operandShapes[0]], notation.shape)
    }

    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32] {
        (0..<shape.count).map { tape.apply(.identity, operands[0][Self.sourceIndex($0, of: shapes[0])]) }
    }
}
