/// A computational graph, stored flat: node `i`'s operation and operands are `operations[i]`,
/// `lhs[i]` and `rhs[i]` (`-1` where there is none), and nodes are numbered in topological
/// order, so every operand's index is smaller than its node's. Edge slot `2·i + k` is operand
/// `k` of node `i`; values and partials live beside the graph, in an `Evaluation`.
public struct Graph: Sendable {
    /// What people see of a node.
    ///
    /// Its stored properties are ordered, and its location packed, so that it takes 56 bytes
    /// rather than 80: a graph may have millions of nodes.
    public struct Node: Equatable, Sendable {
        /// The user's name, or a generated one (`%1`) that no user name can equal.
        public let name: String
        /// The source text it computes, as written, such as `a + b` (cut at 200 characters);
        /// a literal's text for constants. It shows what a generated name such as `%1` stands for.
        public let expression: String
        /// `location`, packed (see `SourceLocation.packed`).
        private let packedLocation: Int64
        /// An input's default value or a constant's value; `nil` for an input that needs one.
        public let value: Double?
        public let operation: Operation

        /// Where it was written, for error messages.
        public var location: SourceLocation? { SourceLocation(packed: packedLocation) }

        /// A node for `Graph(nodes:operations:lhs:rhs:)`, for generators and benchmarks.
        public init(name: String, operation: Operation, expression: String, location: SourceLocation? = nil, value: Double? = nil) {
            self.name = name
            self.operation = operation
            self.expression = expression
            packedLocation = location?.packed ?? SourceLocation.nowhere
            self.value = value
        }
    }

    public let nodes: [Node]
    public let operations: [Operation]
    public let lhs: [Int32]
    public let rhs: [Int32]
    /// The inputs, in topological order (the order they were first used).
    public let inputs: [Int]
    /// The nodes whose derivatives are wanted; by default the last name assigned a computation.
    public private(set) var outputs: [Int]
    /// Every edge from a node that can vary: constants have no edges.
    public let edges: [Edge]
    /// Edge slots whose operand is a constant: their partials are zero, as constants never vary.
    public let constantSlots: [Int]

    public var count: Int { nodes.count }

    /// The node called `name`, if any.
    public func index(of name: String) -> Int? {
        let place = NameTable.withKey(of: name) { key in
            names.place(of: key) { number in NameTable.withKey(of: nodes[Int(nodeOfName[Int(number)])].name) { $0.elementsEqual(key) } }
        }
        return place.number.map { Int(nodeOfName[Int($0)]) }
    }

    /// Every non-constant node's index by name, through a number: `nodeOfName[names[name]]`.
    /// The parser numbers names as it reads them, so its table serves here as it is.
    private let names: NameTable
    private let nodeOfName: [Int32]

    /// Builds the graph from flat arrays already in topological order (used by generators and
    /// benchmarks); the last node is the output unless `outputs` says otherwise.
    public init(nodes: [Node], operations: [Operation], lhs: [Int32], rhs: [Int32], outputs: [Int]? = nil) {
        var names = NameTable(capacity: nodes.count)
        for (index, node) in nodes.enumerated() where operations[index] != .constant {
            let place = NameTable.withKey(of: node.name) { key in
                names.place(of: key) { number in NameTable.withKey(of: nodes[Int(number)].name) { $0.elementsEqual(key) } }
            }
            names.enter(Int32(index), at: place)  // of nodes with one name, the last is the one found
        }
        self.init(nodes: nodes, operations: operations, lhs: lhs, rhs: rhs, outputs: outputs, names: names, nodeOfName: Array(0..<Int32(nodes.count)))
    }

    /// The same, with every non-constant node's name numbered and the node of each number
    /// already known (as the parser has them).
    init(nodes: [Node], operations: [Operation], lhs: [Int32], rhs: [Int32], outputs: [Int]? = nil, names: NameTable, nodeOfName: [Int32]) {
        precondition(nodes.count == operations.count && lhs.count == nodes.count && rhs.count == nodes.count)
        self.nodes = nodes
        self.operations = operations
        self.lhs = lhs
        self.rhs = rhs
        self.outputs = outputs ?? (nodes.isEmpty ? [] : [nodes.count - 1])
        inputs = operations.indices.filter { operations[$0] == .input }
        var edges: [Edge] = []
        var constantSlots: [Int] = []
        edges.reserveCapacity(2 * nodes.count)
        for target in operations.indices {
            for position in 0..<2 {
                let source = Int(position == 0 ? lhs[target] : rhs[target])
                guard source >= 0 else { continue }
                let edge = Edge(source: source, target: target, position: position)
                if operations[source] == .constant { constantSlots.append(edge.slot) } else { edges.append(edge) }
            }
        }
        self.edges = edges
        self.constantSlots = constantSlots
        self.names = names
        self.nodeOfName = nodeOfName
    }

    /// Every node that can vary, in topological order: all but the constants.
    public var varying: [Int] { nodes.indices.filter { operations[$0] != .constant } }

    /// The operands of `node` as node indices.
    public func operands(of node: Int) -> [Int] {
        [lhs[node], rhs[node]].filter { $0 >= 0 }.map(Int.init)
    }

    /// The same graph with other output nodes.
    public func with(outputs: [Int]) -> Graph {
        var graph = self
        graph.outputs = outputs
        return graph
    }

    /// Whether `node` is a name the user wrote (not a generated sub-expression or a constant).
    public func isNamed(_ node: Int) -> Bool { !nodes[node].name.hasPrefix("%") && operations[node] != .constant }

    /// What `node` computes, over its operands' names: `a + b`, `exp(%1)`.
    public func formula(of node: Int) -> String {
        let operands = operands(of: node).map(operandText)
        return operations[node].describe(operands.first ?? nodes[node].name, operands.count > 1 ? operands[1] : "")
    }

    /// The inputs' names, in the order of `inputs`.
    public var inputNames: [String] { inputs.map { nodes[$0].name } }

    /// `∂of/∂wrt` with the nodes' names.
    public func partialName(_ of: Int, _ wrt: Int) -> String { "∂\(nodes[of].name)/∂\(nodes[wrt].name)" }

    /// The local partial on `edge` by name: `∂e/∂c`; where both operands are one node, as in
    /// `y = x - x`, the operand's place tells the two edges apart: `∂y/∂x₁`, `∂y/∂x₂`.
    public func partialName(_ edge: Edge) -> String {
        partialName(edge.target, edge.source) + (isParallel(edge) ? Self.subscripts[edge.position] : "")
    }

    /// Whether another edge joins the same two nodes: both operands of the target are the source.
    public func isParallel(_ edge: Edge) -> Bool { lhs[edge.target] == rhs[edge.target] }

    /// The operand places as subscripts, for parallel edges.
    public static let subscripts = ["₁", "₂"]

    /// The text to use for `node` inside formulas: its name, or a constant's value.
    public func operandText(_ node: Int) -> String {
        guard operations[node] == .constant else { return nodes[node].name }
        return NumberFormat.operand(nodes[node].value ?? .nan)
    }
}

/// An edge from operand `source` into `target`; `position` says which operand (0 or 1).
/// Stored in 9 bytes (node indices fit 32 bits), as a graph has up to millions of them.
public struct Edge: Hashable, Sendable {
    private let sourceIndex: Int32
    private let targetIndex: Int32
    private let operand: UInt8

    public var source: Int { Int(sourceIndex) }
    public var target: Int { Int(targetIndex) }
    public var position: Int { Int(operand) }

    public init(source: Int, target: Int, position: Int) {
        sourceIndex = Int32(source)
        targetIndex = Int32(target)
        operand = UInt8(position)
    }

    /// Where this edge's partial lives in `Evaluation.partials`.
    public var slot: Int { 2 * target + position }
}
