/// A scalar operation on each entry, through the scalar op table: the forward step computes each
/// entry's value and local partials together (`Operation.linearize`) and keeps the partials, so
/// reverse mode is `∂L/∂x = ∂L/∂y ⊙ ∂y/∂x` and forward mode `ẏ = ∂y/∂x ⊙ ẋ`, entry by entry.
struct ElementwiseRule: BlockRule {
    let operation: Operation

    /// The shape both operands repeat to (the builder makes the repeats nodes of their own).
    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape {
        guard shapes.count == 2 else { return shapes[0] }
        guard let shape = shapes[0].broadcast(with: shapes[1]) else {
            let symbol = operation == .multiply ? "*" : operation.symbol
            throw .elementwise(symbol: symbol, x: texts[0], xShape: shapes[0], y: texts[1], yShape: shapes[1])
        }
        return shape
    }

    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]]) {
        let count = shape.count
        var value = [Double](repeating: 0, count: count)
        var kept = [[Double]](repeating: [Double](repeating: 0, count: count), count: operands.count)
        let (x, y) = (operands[0], operands.count > 1 ? operands[1] : operands[0])
        for i in 0..<count {
            let (v, dx, dy) = operation.linearize(x[i], y[i])
            value[i] = v
            kept[0][i] = dx
            if operands.count > 1 { kept[1][i] = dy }
        }
        return (value, kept)
    }

    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double]) {
        let partials = frame.kept[position]
        for i in into.indices { into[i] += adjoint[i] * partials[i] }
    }

    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double]) {
        let partials = frame.kept[position]
        for i in into.indices { into[i] += partials[i] * tangent[i] }
    }

    /// The local partial of operand `position` as a formula over the operands' names.
    private func partial(_ position: Int, _ notation: RuleNotation) -> String {
        let operands = notation.operands
        let (dx, dy) = operation.formulas(operands[0], operands.count > 1 ? operands[1] : "", notation.node)
        let formula = position == 0 ? dx : dy
        return formula.contains(" ") && !(formula.hasPrefix("(") && formula.hasSuffix(")")) ? "(\(formula))" : formula
    }

    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let (adjoint, shape) = (notation.adjoint(notation.node), notation.shape)
        let lhs = notation.adjoint(notation.operands[position])
        switch partial(position, notation) {
        case "1": return notation.text(lhs, adjoint, [shape], shape)
        case "-1": return notation.text(lhs, "-" + adjoint, [shape], shape)
        case let partial: return notation.text(lhs, "\(adjoint) ⊙ \(partial)", [shape, shape], shape, joinedBy: " ⊙ ")
        }
    }

    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let (tangent, shape) = (notation.tangent(notation.operands[position]), notation.shape)
        switch partial(position, notation) {
        case "1": return notation.forwardText(tangent, [shape], shape)
        case "-1": return notation.forwardText("-" + tangent, [shape], shape)
        case let partial: return notation.forwardText("\(partial) ⊙ \(tangent)", [shape, shape], shape, joinedBy: " ⊙ ")
        }
    }

    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32] {
        (0..<shape.count).map { i in tape.apply(operation, operands[0][i], operands.count > 1 ? operands[1][i] : -1) }
    }
}
