/// The scalar graph a block graph lowers to, as it is being written: flat arrays in
/// topological order, as `Graph` takes them. Nodes that are no block's entry are named after
/// the block being lowered (`%h.3`), which no user name can equal.
struct LoweringTape {
    private(set) var names: [String] = []
    private(set) var operations: [Operation] = []
    private(set) var lhs: [Int32] = []
    private(set) var rhs: [Int32] = []
    /// Inputs' and constants' values; `nan` for the nodes that compute.
    private(set) var values: [Double] = []
    /// The name of the block being lowered.
    var block = ""
    private var generated = 0

    var count: Int { names.count }

    private mutating func append(_ operation: Operation, _ x: Int32, _ y: Int32, value: Double, name: String) -> Int32 {
        names.append(name)
        operations.append(operation)
        lhs.append(x)
        rhs.append(y)
        values.append(value)
        return Int32(names.count - 1)
    }

    /// A node computing `operation` of `x` and `y` (`-1` for none).
    mutating func apply(_ operation: Operation, _ x: Int32, _ y: Int32 = -1) -> Int32 {
        generated += 1
        return append(operation, x, y, value: .nan, name: "%\(block).\(generated)")
    }

    /// The sum of `terms`, as a chain of additions; one term is copied, so the result is a
    /// node of its own.
    mutating func sum(_ terms: [Int32]) -> Int32 {
        terms.dropFirst().reduce(terms.count == 1 ? apply(.identity, terms[0]) : terms[0]) { apply(.add, $0, $1) }
    }

    mutating func constant(_ value: Double) -> Int32 {
        append(.constant, -1, -1, value: value, name: NumberFormat.plain(value))
    }

    mutating func input(_ name: String, value: Double) -> Int32 {
        append(.input, -1, -1, value: value, name: name)
    }

    /// Gives `node` the name of a block's entry.
    mutating func name(_ node: Int32, _ name: String) { names[Int(node)] = name }

    /// The graph written, with `outputs`; each node's expression is its formula.
    func graph(outputs: [Int]) -> Graph {
        let nodes = names.indices.map { node in
            let operands = [lhs[node], rhs[node]].filter { $0 >= 0 }.map { names[Int($0)] }
            let leaf = operations[node] == .input || operations[node] == .constant
            return Graph.Node(name: names[node], operation: operations[node],
                              expression: leaf ? names[node] : operations[node].describe(operands.first ?? "", operands.count > 1 ? operands[1] : ""),
                              value: leaf ? values[node] : nil)
        }
        return Graph(nodes: nodes, operations: operations, lhs: lhs, rhs: rhs, outputs: outputs)
    }
}
