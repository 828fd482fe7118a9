/// A graph of arrays: each node computes a whole scalar, vector or matrix (a block), with its
/// shape checked when the graph is built. Nodes are in topological order, operands before the
/// nodes that use them. `BlockEvaluation` computes it with each operation's block rules, and
/// `BlockLowering` writes it out as a scalar `Graph`, an entry a node.
public struct BlockGraph: Sendable {
    /// One block.
    public struct Node: Sendable {
        /// The user's name, or a generated one (`%1`) that no user name can equal.
        public let name: String
        public let operation: BlockOperation
        /// The operands' indices, in the operation's order.
        public let operands: [Int]
        public let shape: Shape
        /// The source text it computes, as written; a literal's text for constants.
        public let expression: String
        /// Where it was written: the operator or function for an operation.
        public let location: SourceLocation?
        /// An input's or a constant's value.
        public let value: ArrayValue?
    }

    public let nodes: [Node]
    /// The inputs, in topological order.
    public let inputs: [Int]
    /// The nodes whose derivatives are wanted; by default the last name assigned a computation.
    public let outputs: [Int]
    /// Every edge from an operand that can vary (constants have none); `position` is the
    /// operand's place among the node's operands.
    public let edges: [Edge]

    public var count: Int { nodes.count }

    init(nodes: [Node], outputs: [Int]) {
        self.nodes = nodes
        self.outputs = outputs
        inputs = nodes.indices.filter { nodes[$0].operation == .input }
        edges = nodes.indices.flatMap { target in
            nodes[target].operands.enumerated().compactMap { position, source in
                nodes[source].operation == .constant ? nil : Edge(source: source, target: target, position: position)
            }
        }
    }

    /// The inputs' names, in the order of `inputs`.
    public var inputNames: [String] { inputs.map { nodes[$0].name } }

    /// Every node that can vary, in topological order: all but the constants.
    public var varying: [Int] { nodes.indices.filter { nodes[$0].operation != .constant } }

    /// The node called `name`, if any (constants have no name to find them by).
    public func index(of name: String) -> Int? {
        nodes.firstIndex { $0.name == name && $0.operation != .constant }
    }

    /// The text to use for `node` inside formulas: its name, or a constant as written.
    public func operandText(_ node: Int) -> String {
        nodes[node].operation == .constant ? nodes[node].expression : nodes[node].name
    }

    /// What `node` computes, over its operands' names: `x @ W`, `repeat(b)`.
    public func formula(of node: Int) -> String {
        nodes[node].operation.describe(nodes[node].operands.map(operandText))
    }

    /// The caption of the reverse-mode rule on `edge`: `∂L/∂x = ∂L/∂h · Wᵀ   (2×4 · 4×3 → 2×3)`,
    /// each adjoint written by `adjoint`.
    public func reverseRule(_ edge: Edge, adjoint: @escaping (String) -> String) -> RuleText {
        nodes[edge.target].operation.rule!.reverseRule(edge.position, notation(edge.target, adjoint: adjoint, tangent: { $0 }))
    }

    /// The caption of the forward-mode rule on `edge`: `ḣ += ẋ · W   (2×3 · 3×4 → 2×4)`,
    /// each tangent written by `tangent`.
    public func forwardRule(_ edge: Edge, tangent: @escaping (String) -> String) -> RuleText {
        nodes[edge.target].operation.rule!.forwardRule(edge.position, notation(edge.target, adjoint: { $0 }, tangent: tangent))
    }

    private func notation(_ node: Int, adjoint: @escaping (String) -> String, tangent: @escaping (String) -> String) -> RuleNotation {
        let operands = nodes[node].operands
        return RuleNotation(operands: operands.map(operandText), node: nodes[node].name, operandShapes: operands.map { nodes[$0].shape },
                            shape: nodes[node].shape, adjoint: adjoint, tangent: tangent)
    }
}
