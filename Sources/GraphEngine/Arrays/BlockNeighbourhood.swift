extension BlockEvaluation {
    /// `node` on its own, as a graph small enough to lower and look at entry by entry: its
    /// operands as inputs holding their values, `node` computing what it computes from them,
    /// and, unless `node` is the output itself, the rest of the graph standing in as the
    /// output `named` `sum(node ⊙ adjoint)` with `adjoint` (d(output)/d(node)) held fixed. Its
    /// gradients are then what `node`'s block rules give its operands for that adjoint, and
    /// the adjoints of its lowered scalar graph are those gradients' entries.
    public func neighbourhood(of node: Int, adjoint: [Double], named output: String) -> BlockEvaluation {
        let block = graph.nodes[node]
        // An operand used twice (`y * y`) is one input.
        let operands = block.operands.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        var nodes = operands.map { operand in
            let source = graph.nodes[operand]
            let leaf: BlockOperation = source.operation == .constant ? .constant : .input
            return BlockGraph.Node(name: source.name, operation: leaf, operands: [], shape: source.shape, expression: source.expression,
                                   location: source.location, value: value(operand))
        }
        nodes.append(BlockGraph.Node(name: block.name, operation: block.operation, operands: block.operands.map { operands.firstIndex(of: $0)! },
                                     shape: block.shape,
                                     expression: block.expression, location: block.location, value: nil))
        if !graph.outputs.contains(node) {
            let weights = ArrayValue(shape: block.shape, entries: adjoint)
            let (computed, start) = (nodes.count - 1, nodes.count)
            nodes.append(BlockGraph.Node(name: weights.description, operation: .constant, operands: [], shape: block.shape,
                                         expression: weights.description, location: nil, value: weights))
            nodes.append(BlockGraph.Node(name: "%1", operation: .elementwise(.multiply), operands: [computed, start], shape: block.shape,
                                         expression: "\(block.name) * \(weights)", location: nil, value: nil))
            nodes.append(BlockGraph.Node(name: output, operation: .sum(axis: nil), operands: [start + 1], shape: .scalar,
                                         expression: "sum(%1)", location: nil, value: nil))
        }
        return BlockEvaluation(BlockGraph(nodes: nodes, outputs: [nodes.count - 1]))
    }
}
