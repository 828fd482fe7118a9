/// Reverse-mode differentiation: seeded at one output z, it moves against the arrows and gives
/// every node's adjoint dz/d(node); a node that feeds several others receives one contribution
/// from each, added up.
public struct AdjointSweep: Sendable {
    public let output: Int
    /// d(output)/d(node) for every node.
    public let adjoints: [Double]

    public init(_ evaluation: Evaluation, output: Int) {
        self.output = output
        adjoints = Self.sweep(evaluation.graph, partials: evaluation.partials, output: output)
    }

    /// The sweep itself: one pass over the nodes in reverse topological order, each edge once.
    public static func sweep(_ graph: Graph, partials: [Double], output: Int) -> [Double] {
        var adjoints = [Double](repeating: 0, count: graph.count)
        adjoints[output] = 1
        graph.lhs.withUnsafeBufferPointer { lhs in
            graph.rhs.withUnsafeBufferPointer { rhs in
                partials.withUnsafeBufferPointer { partials in
                    adjoints.withUnsafeMutableBufferPointer { adjoints in
                        for node in (0..<lhs.count).reversed() {
                            let adjoint = adjoints[node]
                            let slot = 2 &* node  // edge slots 2·node and 2·node + 1; no overflow check needed
                            if lhs[node] >= 0 { adjoints[Int(lhs[node])] += adjoint * partials[slot] }
                            if rhs[node] >= 0 { adjoints[Int(rhs[node])] += adjoint * partials[slot &+ 1] }
                        }
                    }
                }
            }
        }
        return adjoints
    }

    /// Each edge into a node that reaches the output, in reverse topological order, with its
    /// source's running adjoint once that edge's contribution is added: the numbers the trace shows.
    public func contributions(_ evaluation: Evaluation) -> [(edge: Edge, total: Double)] {
        let graph = evaluation.graph
        var running = [Double](repeating: 0, count: graph.count)
        var reaches = [Bool](repeating: false, count: graph.count)
        reaches[output] = true
        var result: [(edge: Edge, total: Double)] = []
        for edge in graph.edges.reversed() where reaches[edge.target] {
            reaches[edge.source] = true
            running[edge.source] += adjoints[edge.target] * evaluation.partial(edge)
            result.append((edge, running[edge.source]))
        }
        return result
    }
}
