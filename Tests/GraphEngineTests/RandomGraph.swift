import Foundation
@testable import GraphEngine

/// A random graph made three ways from one seed: as flat arrays (`graph`), as graph text
/// (`text`, so the parser is exercised), and as plain numbers computed here with Foundation's
/// functions (`values`), independently of the engine.
///
/// Operands are picked so every operation stays in a safe domain: denominators at least 0.5 away
/// from zero, logarithms, square roots and power bases at least 0.2, relu at least 0.05 away
/// from its kink, exp of at most 2.5, and every value within ±20. Operands are nodes that nothing
/// uses yet, or recent nodes, or any node, so graphs fan out and paths multiply.
struct RandomGraph {
    /// The operations the generator draws from.
    static let operations: [GraphEngine.Operation] = [
        .add, .subtract, .multiply, .divide, .power, .tanh, .sigmoid, .exp, .sin, .relu, .log, .sqrt, .cos, .negate,
    ]
    static let exponents: [Double] = [2, 3, 0.5, -1, 1.5, -0.5]

    let seed: UInt64
    let graph: Graph
    let text: String
    /// Every node's value by name (`x0`, `x1`, … for inputs; `n3`, `n4`, … for the others).
    let values: [String: Double]
    /// The names the text assigns: inputs and the nodes not written inline.
    let namedInText: [String]
    let inputNames: [String]
    let outputName: String

    private struct Step {
        var operation: GraphEngine.Operation
        var operands: [Int] = []
        var exponent: Double? = nil
        var value: Double
    }

    /// `size` bounds the number of nodes; `dense` picks recent operands more, for more paths.
    init(seed: UInt64, size: ClosedRange<Int> = 2...30, dense: Bool = false) {
        var random = SeededGenerator(seed: seed)
        let total = Int.random(in: size, using: &random)
        let inputCount = Int.random(in: 1...min(4, total - 1), using: &random)
        var steps = (0..<inputCount).map { _ in Step(operation: .input, value: Self.roundedValue(in: -2...2, using: &random)) }
        var uses = [Int](repeating: 0, count: total)

        func pickOperand() -> Int {
            let unused = steps.indices.filter { uses[$0] == 0 }
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<4 where !unused.isEmpty && !dense: return unused.randomElement(using: &random)!
            case 0..<(dense ? 9 : 8): return Int.random(in: max(0, steps.count - 3)..<steps.count, using: &random)
            default: return Int.random(in: 0..<steps.count, using: &random)
            }
        }
        while steps.count < total {
            var step: Step?
            for _ in 0..<50 where step == nil {
                let operation = Self.operations.randomElement(using: &random)!
                var candidate = Step(operation: operation, operands: [pickOperand()], value: 0)
                if operation.arity == 2 { candidate.operands.append(pickOperand()) }
                if operation == .power, Bool.random(using: &random) {
                    candidate.operands.removeLast()
                    candidate.exponent = Self.exponents.randomElement(using: &random)!
                }
                let operands = candidate.operands.map { steps[$0].value }
                if let value = Self.evaluate(operation, operands, exponent: candidate.exponent) {
                    candidate.value = value
                    step = candidate
                }
            }
            let accepted = step ?? Step(operation: .sin, operands: [steps.count - 1], value: Foundation.sin(steps[steps.count - 1].value))
            for operand in accepted.operands { uses[operand] += 1 }
            steps.append(accepted)
        }

        func name(_ index: Int) -> String { index < inputCount ? "x\(index)" : "n\(index)" }

        // Text: a node used exactly once may be written inline, in parentheses, at its use.
        var inline = [Bool](repeating: false, count: total)
        for index in inputCount..<(total - 1) where uses[index] == 1 { inline[index] = Double.random(in: 0..<1, using: &random) < 0.4 }
        func operandText(_ index: Int) -> String { inline[index] ? "(\(body(index)))" : name(index) }
        func body(_ index: Int) -> String {
            let step = steps[index]
            let x = operandText(step.operands[0])
            switch step.operation {
            case .add: return "\(x) + \(operandText(step.operands[1]))"
            case .subtract: return "\(x) - \(operandText(step.operands[1]))"
            case .multiply: return "\(x) * \(operandText(step.operands[1]))"
            case .divide: return "\(x) / \(operandText(step.operands[1]))"
            case .power: return "\(x) ^ \(step.exponent.map { "\($0)" } ?? operandText(step.operands[1]))"
            case .negate: return "-\(x)"
            default: return "\(step.operation)(\(x))"
            }
        }
        // Statements end in a new line (sometimes after a comment) or in "; ".
        var text = ""
        for index in 0..<total where !inline[index] {
            text += index < inputCount ? "\(name(index)) = \(steps[index].value)" : "\(name(index)) = \(body(index))"
            if index == total - 1 { break }
            switch Int.random(in: 0..<10, using: &random) {
            case 0: text += "  # node \(index)\n"
            case 1...4: text += "\n"
            default: text += "; "
            }
        }
        self.text = text

        // Flat arrays: the same steps, with a constant node before each literal exponent.
        var nodes: [Graph.Node] = []
        var operations: [GraphEngine.Operation] = []
        var lhs: [Int32] = []
        var rhs: [Int32] = []
        var flatIndex: [Int] = []
        func append(_ node: Graph.Node, _ operands: [Int]) -> Int {
            nodes.append(node)
            operations.append(node.operation)
            lhs.append(operands.count > 0 ? Int32(operands[0]) : -1)
            rhs.append(operands.count > 1 ? Int32(operands[1]) : -1)
            return nodes.count - 1
        }
        for (index, step) in steps.enumerated() {
            var operands = step.operands.map { flatIndex[$0] }
            if let exponent = step.exponent {
                operands.append(append(Graph.Node(name: "\(exponent)", operation: .constant, expression: "\(exponent)", location: nil, value: exponent), []))
            }
            let value = step.operation == .input ? step.value : nil
            flatIndex.append(append(Graph.Node(name: name(index), operation: step.operation, expression: index < inputCount ? name(index) : body(index), location: nil, value: value), operands))
        }

        self.seed = seed
        graph = Graph(nodes: nodes, operations: operations, lhs: lhs, rhs: rhs)
        values = Dictionary(uniqueKeysWithValues: steps.indices.map { (name($0), steps[$0].value) })
        namedInText = (0..<total).filter { !inline[$0] }.map(name)
        inputNames = (0..<inputCount).map(name)
        outputName = name(total - 1)
    }

    /// A value with few digits, so the text shows it exactly.
    private static func roundedValue(in range: ClosedRange<Double>, using random: inout SeededGenerator) -> Double {
        (Double.random(in: range, using: &random) * 1000).rounded() / 1000
    }

    /// The operation's value on `operands`, or nil if they are outside its safe domain.
    private static func evaluate(_ operation: GraphEngine.Operation, _ operands: [Double], exponent: Double?) -> Double? {
        let x = operands[0]
        let y = operands.count > 1 ? operands[1] : exponent ?? 0
        let value: Double
        switch operation {
        case .add: value = x + y
        case .subtract: value = x - y
        case .multiply: value = x * y
        case .divide:
            guard abs(y) >= 0.5 else { return nil }
            value = x / y
        case .power:
            guard x >= 0.2, abs(y) <= 2.5 else { return nil }
            value = Foundation.pow(x, y)
        case .negate: value = -x
        case .exp:
            guard x <= 2.5 else { return nil }
            value = Foundation.exp(x)
        case .log:
            guard x >= 0.2 else { return nil }
            value = Foundation.log(x)
        case .sqrt:
            guard x >= 0.2 else { return nil }
            value = Foundation.sqrt(x)
        case .sin: value = Foundation.sin(x)
        case .cos: value = Foundation.cos(x)
        case .tanh: value = Foundation.tanh(x)
        case .sigmoid: value = 1 / (1 + Foundation.exp(-x))
        case .relu:
            guard abs(x) >= 0.05 else { return nil }
            value = max(x, 0)
        case .input, .constant, .identity: return nil
        }
        return value.isFinite && abs(value) <= 20 ? value : nil
    }
}
