/// Reverse mode on a block graph: seeded at one output, it moves against the arrows and gives
/// every node's adjoint, each operand's share computed by its node's vector-Jacobian rule. An
/// output with several entries is seeded with 1 in each, so the adjoints are the derivatives
/// of the sum of its entries.
public struct BlockAdjointSweep: Sendable {
    public let output: Int
    /// d(sum of the output's entries)/d(entry) for each entry of each node.
    public let adjoints: [[Double]]

    public init(_ evaluation: BlockEvaluation, output: Int) {
        let graph = evaluation.graph
        var adjoints = graph.nodes.map { [Double](repeating: 0, count: $0.shape.count) }
        var reached = [Bool](repeating: false, count: graph.count)
        adjoints[output] = [Double](repeating: 1, count: graph.nodes[output].shape.count)
        reached[output] = true
        for node in (0...output).reversed() where reached[node] {
            guard let rule = graph.nodes[node].operation.rule else { continue }
            let frame = evaluation.frame(node)
            for (position, operand) in graph.nodes[node].operands.enumerated() where graph.nodes[operand].operation != .constant {
                rule.pullback(position, adjoint: adjoints[node], frame: frame, into: &adjoints[operand])
                reached[operand] = true
            }
        }
        self.output = output
        self.adjoints = adjoints
    }

    /// Each edge into a node that reaches the output, in reverse topological order, with its
    /// share of its source's adjoint (its rule applied to its target's adjoint) and the source's
    /// running adjoint once that share is added: the numbers a block pass shows step by step.
    public func contributions(_ evaluation: BlockEvaluation) -> [(edge: Edge, share: [Double], total: [Double])] {
        let graph = evaluation.graph
        var running = graph.nodes.map { [Double](repeating: 0, count: $0.shape.count) }
        var reaches = [Bool](repeating: false, count: graph.count)
        reaches[output] = true
        var result: [(edge: Edge, share: [Double], total: [Double])] = []
        for edge in graph.edges.reversed() where reaches[edge.target] {
            reaches[edge.source] = true
            var share = [Double](repeating: 0, count: graph.nodes[edge.source].shape.count)
            graph.nodes[edge.target].operation.rule!.pullback(edge.position, adjoint: adjoints[edge.target], frame: evaluation.frame(edge.target), into: &share)
            for i in share.indices { running[edge.source][i] += share[i] }
            result.append((edge, share, running[edge.source]))
        }
        return result
    }
}

/// Forward mode on a block graph: seeded at one entry of one input, it moves along the arrows
/// and gives every node's tangent, each node's from its operands' by its Jacobian-vector rule.
public struct BlockTangentSweep: Sendable {
    public let input: Int
    public let entry: Int
    /// d(entry)/d(the input's entry) for each entry of each node the input reaches; nil elsewhere.
    public let tangents: [[Double]?]

    public init(_ evaluation: BlockEvaluation, input: Int, entry: Int) {
        let graph = evaluation.graph
        var tangents = [[Double]?](repeating: nil, count: graph.count)
        var seed = [Double](repeating: 0, count: graph.nodes[input].shape.count)
        seed[entry] = 1
        tangents[input] = seed
        for node in (input + 1)..<graph.count {
            guard let rule = graph.nodes[node].operation.rule else { continue }
            let reached = graph.nodes[node].operands.enumerated().filter { tangents[$0.element] != nil }
            guard !reached.isEmpty else { continue }
            let frame = evaluation.frame(node)
            var tangent = [Double](repeating: 0, count: graph.nodes[node].shape.count)
            for (position, operand) in reached { rule.pushforward(position, tangent: tangents[operand]!, frame: frame, into: &tangent) }
            tangents[node] = tangent
        }
        self.input = input
        self.entry = entry
        self.tangents = tangents
    }

    /// d(sum of `node`'s entries)/d(the input's entry).
    public func derivative(of node: Int) -> Double { tangents[node]?.reduce(0, +) ?? 0 }
}
