/// Forward-mode differentiation: seeded at one input x, it moves along the arrows and gives
/// every node's tangent d(node)/dx, summing at each node the contributions of its operands.
public struct TangentSweep: Sendable {
    public let input: Int
    /// d(node)/d(input) for every node.
    public let tangents: [Double]

    public init(_ evaluation: Evaluation, input: Int) {
        self.input = input
        tangents = Self.sweep(evaluation.graph, partials: evaluation.partials, input: input)
    }

    /// The sweep itself: one pass over the nodes in topological order, each edge touched once.
    /// Every operand comes before its node, so each tangent is written before it is read and
    /// the array needs no zero-filling first.
    public static func sweep(_ graph: Graph, partials: [Double], input: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: graph.count) { tangents, initializedCount in
            graph.lhs.withUnsafeBufferPointer { lhs in
                graph.rhs.withUnsafeBufferPointer { rhs in
                    partials.withUnsafeBufferPointer { partials in
                        for node in 0..<lhs.count {
                            var tangent = node == input ? 1.0 : 0.0
                            let slot = 2 &* node  // edge slots 2·node and 2·node + 1; no overflow check needed
                            if lhs[node] >= 0 { tangent += partials[slot] * tangents[Int(lhs[node])] }
                            if rhs[node] >= 0 { tangent += partials[slot &+ 1] * tangents[Int(rhs[node])] }
                            tangents[node] = tangent
                        }
                    }
                }
            }
            initializedCount = graph.count
        }
    }

    /// Each edge leaving a node the input reaches, in topological order, with its target's
    /// running tangent once that edge's contribution is added: the numbers the trace shows.
    public func contributions(_ evaluation: Evaluation) -> [(edge: Edge, total: Double)] {
        let graph = evaluation.graph
        var running = [Double](repeating: 0, count: graph.count)
        var reached = [Bool](repeating: false, count: graph.count)
        reached[input] = true
        var result: [(edge: Edge, total: Double)] = []
        for edge in graph.edges where reached[edge.source] {
            reached[edge.target] = true
            running[edge.target] += evaluation.partial(edge) * tangents[edge.source]
            result.append((edge, running[edge.target]))
        }
        return result
    }
}
