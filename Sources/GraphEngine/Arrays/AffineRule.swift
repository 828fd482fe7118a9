/// `y = affine(x, W, b) = x @ W + b`, `b` added to every row: a fully connected layer on a
/// batch. Its rules are the matrix product's for `x` and `W` and the repeat's for `b`:
/// `∂L/∂x = ∂L/∂y · Wᵀ`, `∂L/∂W = xᵀ · ∂L/∂y`, `∂L/∂b = sum(∂L/∂y, 0)`. Building the graph with
/// `expandingAffine` shows the three parts as nodes of their own.
struct AffineRule: BlockRule {
    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape {
        let shape = try MatrixProductRule().shape(of: Array(shapes[0...1]), texts: Array(texts[0...1]))
        let columns = MatrixProductRule.sizes(shapes).columns
        guard shapes[2] == .vector(columns) || shapes[2].isScalar && columns == 1 else {
            throw .bias(b: texts[2], shape: shapes[2], columns: columns)
        }
        return shape
    }

    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]]) {
        var value = RepeatRule.repeated(operands[2], from: shapes[2], to: shape)
        MatrixProductRule.multiply(operands[0], operands[1], shapes, into: &value)
        return (value, [])
    }

    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double]) {
        guard position < 2 else { return RepeatRule.sum(adjoint, from: frame.shape, to: frame.operandShapes[2], into: &into) }
        MatrixProductRule.pullback(position, adjoint: adjoint, x: frame.operands[0], w: frame.operands[1], shapes: frame.operandShapes, into: &into)
    }

    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double]) {
        guard position < 2 else { return RepeatRule.add(tangent, from: frame.operandShapes[2], to: frame.shape, into: &into) }
        MatrixProductRule().pushforward(position, tangent: tangent, frame: frame, into: &into)
    }

    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        guard position < 2 else {
            let (shape, bias) = (notation.shape, notation.operandShapes[2])
            let formula = RepeatRule.summing(notation.adjoint(notation.node), from: shape, to: bias)
            return notation.text(notation.adjoint(notation.operands[2]), formula, [shape], bias)
        }
        return MatrixProductRule.reverseRule(position, notation)
    }

    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        guard position < 2 else { return notation.forwardText("repeat(\(notation.tangent(notation.operands[2])))", [notation.operandShapes[2]], notation.shape) }
        return MatrixProductRule.forwardRule(position, notation)
    }

    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32] {
        MatrixProductRule.lower(operands[0], operands[1], shapes: shapes, into: &tape) { j in [operands[2][shapes[2].isScalar ? 0 : j]] }
    }
}
