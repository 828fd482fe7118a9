#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `E = softmax_cross_entropy(z, t)`: each row of `z` turned into probabilities
/// `p = softmax(z)`, and the mean over the `r` rows of `−Σ t · log p`. Its forward step keeps
/// the local partials; reverse mode is `∂L/∂z = ∂L/∂E · (p · Σt − t) / r`, where `Σt` is the
/// sum of the row of `t` (1 when each row of `t` is probabilities, which makes it the familiar
/// `p − t`), and `∂L/∂t = −∂L/∂E · log p / r`; forward mode is the same partials times the
/// tangents, summed.
struct SoftmaxCrossEntropyRule: BlockRule {
    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape {
        guard !shapes[0].isScalar, shapes[0] == shapes[1] else {
            throw .sameShape(function: "softmax_cross_entropy", x: texts[0], xShape: shapes[0], y: texts[1], yShape: shapes[1])
        }
        return .scalar
    }

    /// The local partials `∂E/∂z = (p · Σt − t) / r` and `∂E/∂t = −log p / r`, entry by entry.
    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]]) {
        let (z, t) = (operands[0], operands[1])
        let (rows, columns) = shapes[0].grid
        var dz = [Double](repeating: 0, count: z.count), dt = dz
        var loss = 0.0
        for row in 0..<rows {
            let entries = row * columns..<(row + 1) * columns
            let largest = z[entries].max()!
            let logTotal = log(z[entries].reduce(0) { $0 + exp($1 - largest) }) + largest
            let targets = t[entries].reduce(0, +)
            for i in entries {
                let logP = z[i] - logTotal
                loss -= t[i] * logP
                dz[i] = (exp(logP) * targets - t[i]) / Double(rows)
                dt[i] = -logP / Double(rows)
            }
        }
        return ([loss / Double(rows)], [dz, dt])
    }

    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double]) {
        let partials = frame.kept[position]
        for i in into.indices { into[i] += adjoint[0] * partials[i] }
    }

    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double]) {
        let partials = frame.kept[position]
        for i in tangent.indices { into[0] += partials[i] * tangent[i] }
    }

    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let (z, t, adjoint) = (notation.operands[0], notation.operands[1], notation.adjoint(notation.node))
        let rows = notation.operandShapes[0].grid.rows
        let shape = notation.operandShapes[position]
        let formula = position == 0 ? "\(adjoint) · (softmax(\(z)) · Σ\(t) - \(t)) / \(rows)" : "-\(adjoint) · log softmax(\(z)) / \(rows)"
        return notation.text(notation.adjoint(notation.operands[position]), formula, [.scalar, shape], shape)
    }

    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let (z, t) = (notation.operands[0], notation.operands[1])
        let rows = notation.operandShapes[0].grid.rows
        let tangent = notation.tangent(notation.operands[position])
        let formula = position == 0 ? "sum((softmax(\(z)) · Σ\(t) - \(t)) ⊙ \(tangent)) / \(rows)" : "-sum(log softmax(\(z)) ⊙ \(tangent)) / \(rows)"
        return notation.forwardText(formula, [notation.operandShapes[position], notation.operandShapes[position]], .scalar, joinedBy: " ⊙ ")
    }

    /// Per row, `log p = z − log Σ exp(z)` (without the shift by the row's largest entry that
    /// the block step takes for safety, so that each scalar node is one of the scalar language's
    /// operations), then `−Σ t · log p / r`.
    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32] {
        let (z, t) = (operands[0], operands[1])
        let (rows, columns) = shapes[0].grid
        var terms: [Int32] = []
        for row in 0..<rows {
            let entries = row * columns..<(row + 1) * columns
            let logTotal = tape.apply(.log, tape.sum(entries.map { tape.apply(.exp, z[$0]) }))
            terms += entries.map { tape.apply(.multiply, t[$0], tape.apply(.subtract, z[$0], logTotal)) }
        }
        let total = tape.apply(.negate, tape.sum(terms))
        return [tape.apply(.divide, total, tape.constant(Double(rows)))]
    }
}
