/// `sum(x)` and `mean(x)` over every entry, or with an axis: 0 sums down the rows (over a
/// batch), 1 along the columns. Each entry of `x` counts once in one entry of the result, so
/// reverse mode repeats the adjoint back, `∂L/∂x = repeat(∂L/∂s)` (divided by the count for a
/// mean), and forward mode sums the tangent.
struct ReductionRule: BlockRule {
    let axis: Int?
    let mean: Bool

    private var function: String { mean ? "mean" : "sum" }

    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape {
        guard let axis else { return .scalar }
        let operand = shapes[0]
        guard axis < operand.dimensions.count else {
            throw .axis(function: function, axis: axis, operand: texts[0], shape: operand)
        }
        return operand.isMatrix ? .vector(operand.dimensions[1 - axis]) : .scalar
    }

    /// The entry of the result that entry `index` of `x` (of `source`) counts in.
    private func target(_ index: Int, of source: Shape) -> Int {
        guard let axis, source.isMatrix else { return 0 }
        let columns = source.dimensions[1]
        return axis == 0 ? index % columns : index / columns
    }

    /// What each sum is divided by: how many entries go into one entry of the result.
    private func divisor(_ source: Shape, _ shape: Shape) -> Double { mean ? Double(source.count / shape.count) : 1 }

    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]]) {
        var value = [Double](repeating: 0, count: shape.count)
        for (index, x) in operands[0].enumerated() { value[target(index, of: shapes[0])] += x }
        if mean {
            let divisor = divisor(shapes[0], shape)
            for index in value.indices { value[index] /= divisor }
        }
        return (value, [])
    }

    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double]) {
        let (source, divisor) = (frame.operandShapes[0], divisor(frame.operandShapes[0], frame.shape))
        for index in into.indices { into[index] += adjoint[target(index, of: source)] / divisor }
    }

    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double]) {
        let (source, divisor) = (frame.operandShapes[0], divisor(frame.operandShapes[0], frame.shape))
        for (index, t) in tangent.enumerated() { into[target(index, of: source)] += t / divisor }
    }

    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let (source, shape) = (notation.operandShapes[0], notation.shape)
        let divided = mean ? " / \(NumberFormat.plain(divisor(source, shape)))" : ""
        return notation.text(notation.adjoint(notation.operands[0]), "repeat(\(notation.adjoint(notation.node)))" + divided, [shape], source)
    }

    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let formula = "\(function)(\(notation.tangent(notation.operands[0]))\(axis.map { ", \($0)" } ?? ""))"
        return notation.forwardText(formula, [notation.operandShapes[0]], notation.shape)
    }

    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32] {
        var terms = [[Int32]](repeating: [], count: shape.count)
        for (index, entry) in operands[0].enumerated() { terms[target(index, of: shapes[0])].append(entry) }
        let divisor = divisor(shapes[0], shape)
        return terms.map { terms in
            let total = tape.sum(terms)
            return mean ? tape.apply(.divide, total, tape.constant(divisor)) : total
        }
    }
}
