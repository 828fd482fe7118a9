import Foundation
import GraphEngine

/// A random graph made three ways from one seed: as flat arrays (`graph`), as graph text
/// (`text`, so the parser is exercised), and as plain numbers (`values`) computed with
/// Foundation's functions, never with the engine's op table, so tests can hold the engine
/// against them.
///
/// Operands are nodes that nothing uses yet, or recent nodes, or any node, so graphs fan out
/// and paths multiply; the same node may be both operands (`x * x`). With `safeDomains` every
/// operation stays where it is smooth and tame (see `ReferenceArithmetic`).
///
///     let random = RandomGraph(seed: 7)
///     let parsed = try Graph(parsing: random.text, outputs: random.outputNames)
///     // parsed and random.graph compute the same numbers, and both match random.values.
public struct RandomGraph: Sendable {
    /// What to generate. The defaults make graphs of 2 to 30 nodes, every operation, safe
    /// domains, no literals and one output: the property tests' graphs.
    public struct Options: Sendable {
        /// How many nodes in all, inputs included and literals not.
        public var nodes: ClosedRange<Int>
        /// How many of the nodes are inputs; at most all but one.
        public var inputs: ClosedRange<Int>
        /// The operations drawn from, some of `RandomGraph.operations`.
        public var operations: [GraphEngine.Operation]
        /// Picks recent operands more often, and unused ones no more than others: more paths.
        public var dense: Bool
        /// Keeps every operation in its safe domain; without it values may be `nan` or `inf`.
        public var safeDomains: Bool
        /// The chance that an operand (other than negation's) is a literal from 1 to 9.
        public var literals: Double
        /// How many nodes besides the last are outputs too.
        public var extraOutputs: ClosedRange<Int>

        public init(
            nodes: ClosedRange<Int> = 2...30, inputs: ClosedRange<Int> = 1...4,
            operations: [GraphEngine.Operation] = RandomGraph.operations, dense: Bool = false,
            safeDomains: Bool = true, literals: Double = 0, extraOutputs: ClosedRange<Int> = 0...0
        ) {
            precondition(nodes.lowerBound >= 2 && Set(operations).isSubset(of: RandomGraph.operations))
            self.nodes = nodes
            self.inputs = inputs
            self.operations = operations
            self.dense = dense
            self.safeDomains = safeDomains
            self.literals = literals
            self.extraOutputs = extraOutputs
        }
    }

    /// Every operation the expression language writes (all but inputs, constants and identity).
    public static let operations: [GraphEngine.Operation] = [
        .add, .subtract, .multiply, .divide, .power, .tanh, .sigmoid, .exp, .sin, .relu, .log, .sqrt, .cos, .negate,
    ]
    /// Literal exponents, drawn for half the powers.
    public static let exponents: [Double] = [2, 3, 0.5, -1, 1.5, -0.5]

    public let seed: UInt64
    public let graph: Graph
    public let text: String
    /// Every node's value by name (`x0`, `x1`, … for inputs; `n3`, `n4`, … for the others).
    public let values: [String: Double]
    /// The names the text assigns: inputs and the nodes not written inline.
    public let namedInText: [String]
    public let inputNames: [String]
    /// The outputs in topological order; the last node always among them.
    public let outputNames: [String]

    private enum Operand {
        case node(Int)
        case literal(Double)
    }

    private struct Step {
        var operation: GraphEngine.Operation
        var operands: [Operand] = []
        var value: Double
    }

    public init(seed: UInt64, options: Options = Options()) {
        var random = SeededGenerator(seed: seed)
        let total = Int.random(in: options.nodes, using: &random)
        let mostInputs = min(options.inputs.upperBound, total - 1)
        let inputCount = Int.random(in: min(options.inputs.lowerBound, mostInputs)...mostInputs, using: &random)
        var steps = (0..<inputCount).map { _ in Step(operation: .input, value: Self.roundedValue(in: -2...2, using: &random)) }
        var uses = [Int](repeating: 0, count: total)

        func pickOperand(literalAllowed: Bool) -> Operand {
            if literalAllowed, options.literals > 0, Double.random(in: 0..<1, using: &random) < options.literals {
                return .literal(Double(Int.random(in: 1...9, using: &random)))
            }
            let unused = steps.indices.filter { uses[$0] == 0 }
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<4 where !unused.isEmpty && !options.dense: return .node(unused.randomElement(using: &random)!)
            case 0..<(options.dense ? 9 : 8): return .node(Int.random(in: max(0, steps.count - 3)..<steps.count, using: &random))
            default: return .node(Int.random(in: 0..<steps.count, using: &random))
            }
        }
        func value(_ operand: Operand) -> Double {
            switch operand {
            case .node(let index): steps[index].value
            case .literal(let value): value
            }
        }
        while steps.count < total {
            var step: Step?
            for _ in 0..<50 where step == nil {
                let operation = options.operations.randomElement(using: &random)!
                // A literal after a minus sign would be read as one negative literal.
                var operands = [pickOperand(literalAllowed: operation != .negate)]
                if operation.arity == 2 { operands.append(pickOperand(literalAllowed: true)) }
                if operation == .power, Bool.random(using: &random) {
                    operands[1] = .literal(Self.exponents.randomElement(using: &random)!)
                }
                let (x, y) = (value(operands[0]), operands.count > 1 ? value(operands[1]) : 0)
                let result = ReferenceArithmetic.value(operation, x, y)
                if !options.safeDomains || ReferenceArithmetic.isSafe(operation, x, y, result) {
                    step = Step(operation: operation, operands: operands, value: result)
                }
            }
            let last = steps.count - 1
            let accepted = step ?? Step(operation: .sin, operands: [.node(last)], value: Foundation.sin(steps[last].value))
            for case .node(let operand) in accepted.operands { uses[operand] += 1 }
            steps.append(accepted)
        }

        func name(_ index: Int) -> String { index < inputCount ? "x\(index)" : "n\(index)" }

        // Text: a node used exactly once may be written inline, in parentheses, at its use.
        var inline = [Bool](repeating: false, count: total)
        for index in inputCount..<(total - 1) where uses[index] == 1 { inline[index] = Double.random(in: 0..<1, using: &random) < 0.4 }
        func operandText(_ operand: Operand) -> String {
            switch operand {
            case .node(let index): inline[index] ? "(\(body(index)))" : name(index)
            case .literal(let value): "\(value)"
            }
        }
        func body(_ index: Int) -> String {
            let step = steps[index]
            let x = operandText(step.operands[0])
            switch step.operation {
            case .add: return "\(x) + \(operandText(step.operands[1]))"
            case .subtract: return "\(x) - \(operandText(step.operands[1]))"
            case .multiply: return "\(x) * \(operandText(step.operands[1]))"
            case .divide: return "\(x) / \(operandText(step.operands[1]))"
            case .power: return "\(x) ^ \(operandText(step.operands[1]))"
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

        var outputs: Set = [total - 1]
        let outputCandidates = (inputCount..<(total - 1)).filter { !inline[$0] }
        if options.extraOutputs.upperBound > 0, !outputCandidates.isEmpty {
            for _ in 0..<Int.random(in: options.extraOutputs, using: &random) { outputs.insert(outputCandidates.randomElement(using: &random)!) }
        }

        // Flat arrays: the same steps, with a constant node before each literal operand.
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
            let operands = step.operands.map { operand in
                switch operand {
                case .node(let index): flatIndex[index]
                case .literal(let value): append(Graph.Node(name: "\(value)", operation: .constant, expression: "\(value)", value: value), [])
                }
            }
            let value = step.operation == .input ? step.value : nil
            flatIndex.append(append(Graph.Node(name: name(index), operation: step.operation, expression: index < inputCount ? name(index) : body(index), value: value), operands))
        }

        self.seed = seed
        let outputOrder = outputs.sorted()
        graph = Graph(nodes: nodes, operations: operations, lhs: lhs, rhs: rhs, outputs: outputOrder.map { flatIndex[$0] })
        values = Dictionary(uniqueKeysWithValues: steps.indices.map { (name($0), steps[$0].value) })
        namedInText = (0..<total).filter { !inline[$0] }.map(name)
        inputNames = (0..<inputCount).map(name)
        outputNames = outputOrder.map(name)
    }

    /// A value with few digits, so the text shows it exactly.
    private static func roundedValue(in range: ClosedRange<Double>, using random: inout SeededGenerator) -> Double {
        (Double.random(in: range, using: &random) * 1000).rounded() / 1000
    }
}
