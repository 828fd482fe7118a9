/// For one output, what listing and counting its paths needs, from one backward pass over the
/// edges: for every node, how many paths lead from it to the output and their total length,
/// and the edges leaving each node toward the output, in `graph.edges` order.
///
/// One of these serves every input, so counting the paths from many inputs to an output costs
/// O(edges) once, not per input; and a depth-first listing that follows only edges toward the
/// output never enters a dead end, so its work is bounded by the length of what it lists.
public struct PathsToOutput: Sendable {
    public let output: Int
    /// `count[node]`: how many paths lead from `node` to the output.
    public let count: [PathCount]
    /// `length[node]`: the total length, in edges, of those paths.
    public let length: [PathCount]
    /// The edges leaving `node` toward the output are `edges[start[node]..<start[node + 1]]`,
    /// as indices into `graph.edges`.
    private let start: [Int32]
    private let edges: [Int32]

    public init(_ graph: Graph, output: Int) {
        self.output = output
        var count = [PathCount](repeating: .exact(0), count: graph.count)
        var length = count
        count[output] = .exact(1)
        var degree = [Int32](repeating: 0, count: graph.count + 1)
        for edge in graph.edges.reversed() where edge.target <= output && count[edge.target] != .exact(0) {
            count[edge.source] = count[edge.source] + count[edge.target]
            length[edge.source] = length[edge.source] + length[edge.target] + count[edge.target]
            degree[edge.source + 1] += 1
        }
        for node in 0..<graph.count { degree[node + 1] += degree[node] }
        var next = degree
        var edges = [Int32](repeating: 0, count: Int(degree[graph.count]))
        for (index, edge) in graph.edges.enumerated() where edge.target <= output && count[edge.target] != .exact(0) {
            edges[Int(next[edge.source])] = Int32(index)
            next[edge.source] += 1
        }
        self.count = count
        self.length = length
        start = degree
        self.edges = edges
    }

    /// What listing paths may cost: at most `paths` of them, and at most `edges` edges over all
    /// of them together, since writing a path out costs its length.
    public struct Budget: Equatable, Sendable {
        public var paths: Int
        public var edges: Int

        public init(paths: Int = PathSums.defaultLimit, edges: Int = PathSums.defaultEdgeBudget) {
            self.paths = paths
            self.edges = edges
        }
    }

    /// The paths from `input` to the output in depth-first order (edges in `graph.edges`
    /// order), as many as `budget` allows; the work is bounded by their total length and the
    /// budget.
    public func list(_ evaluation: Evaluation, from input: Int, budget: Budget) -> [PathSums.Path] {
        guard count[input] != .exact(0) else { return [] }
        let graph = evaluation.graph
        var paths: [PathSums.Path] = []
        var listedEdges = 0
        var path: [Edge] = []
        var nodes = [input]
        var products: [Double] = [1]
        var next = [Int(start[input])]  // for each node on the path, the next edge to try
        while let node = nodes.last, paths.count < budget.paths {
            if node == output {
                listedEdges += path.count
                if listedEdges > budget.edges { break }
                paths.append(PathSums.Path(nodes: nodes, edges: path, product: products.last!))
            }
            guard node != output, next[next.count - 1] < Int(start[node + 1]) else {
                nodes.removeLast(); next.removeLast(); products.removeLast()
                if !path.isEmpty { path.removeLast() }
                continue
            }
            // Every edge here leads on to the output, so the next path listed starts with this
            // one's edges: once they are more than the budget has left, the listing is over.
            guard path.count < budget.edges - listedEdges else { break }
            let edge = graph.edges[Int(edges[next[next.count - 1]])]
            next[next.count - 1] += 1
            nodes.append(edge.target)
            path.append(edge)
            products.append(products.last! * evaluation.partial(edge))
            next.append(Int(start[edge.target]))
        }
        return paths
    }
}
