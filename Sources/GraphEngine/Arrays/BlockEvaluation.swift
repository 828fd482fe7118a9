/// A block graph evaluated: every node's value, computed by its operation's forward step, and
/// what each step kept for the backward one. The sweeps of both modes read these numbers.
public struct BlockEvaluation: Sendable {
    public let graph: BlockGraph
    /// Each node's entries, row after row.
    public let values: [[Double]]
    /// What each node's forward step kept (see `BlockRule.forward`).
    let kept: [[[Double]]]

    /// Evaluates `graph` at the inputs' values it was built with.
    public init(_ graph: BlockGraph) {
        self.init(graph, leaves: graph.nodes.map { $0.value?.entries ?? [] })
    }

    /// Evaluates `graph` with `leaves` holding the inputs' and constants' entries.
    init(_ graph: BlockGraph, leaves: [[Double]]) {
        var values = leaves
        var kept = [[[Double]]](repeating: [], count: graph.count)
        for (index, node) in graph.nodes.enumerated() {
            guard let rule = node.operation.rule else { continue }
            let operands = node.operands.map { values[$0] }
            (values[index], kept[index]) = rule.forward(operands, shapes: node.operands.map { graph.nodes[$0].shape }, shape: node.shape)
        }
        self.graph = graph
        self.values = values
        self.kept = kept
    }

    /// The value of `node` with its shape.
    public func value(_ node: Int) -> ArrayValue { ArrayValue(shape: graph.nodes[node].shape, entries: values[node]) }

    /// What `node`'s forward step kept for its backward step beyond its operands and its value:
    /// for an element-wise operation and softmax cross-entropy, each operand's local partials
    /// entry by entry, shaped as that operand (ReLU's are its mask, 1 where its operand is
    /// positive); nothing for the others, whose backward steps read the operands (a matrix
    /// product, an affine layer) or nothing at all (a repeat, a sum, a transpose).
    public func kept(_ node: Int) -> [ArrayValue] {
        zip(graph.nodes[node].operands, kept[node]).map { ArrayValue(shape: graph.nodes[$0].shape, entries: $1) }
    }

    /// The numbers `node`'s rules work with.
    func frame(_ node: Int) -> BlockFrame {
        let operands = graph.nodes[node].operands
        return BlockFrame(operandShapes: operands.map { graph.nodes[$0].shape }, operands: operands.map { values[$0] },
                          shape: graph.nodes[node].shape, kept: kept[node])
    }

    /// The same graph evaluated again with entry `entry` of `input` set to `value`.
    public func setting(_ input: Int, entry: Int, to value: Double) -> BlockEvaluation {
        var leaves = leaves
        leaves[input][entry] = value
        return BlockEvaluation(graph, leaves: leaves)
    }

    /// The same graph evaluated again with `input` set to `value`, which has its shape.
    public func setting(_ input: Int, to value: ArrayValue) -> BlockEvaluation {
        precondition(value.shape == graph.nodes[input].shape, "\(graph.nodes[input].name) is \(graph.nodes[input].shape), not \(value.shape)")
        var leaves = leaves
        leaves[input] = value.entries
        return BlockEvaluation(graph, leaves: leaves)
    }

    /// The inputs' and constants' entries, and none for the other nodes: what an evaluation at
    /// other values starts from.
    var leaves: [[Double]] { graph.nodes.indices.map { graph.nodes[$0].operation.rule == nil ? values[$0] : [] } }

    /// The nodes where a value that is not finite first appears: some entry is `nan` or `inf`
    /// although every operand's entries are finite.
    public var nonFinite: [Int] {
        graph.nodes.indices.filter { node in
            graph.nodes[node].operation.rule != nil && !values[node].allSatisfy(\.isFinite)
                && graph.nodes[node].operands.allSatisfy { values[$0].allSatisfy(\.isFinite) }
        }
    }
}
