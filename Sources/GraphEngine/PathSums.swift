/// The multivariable chain rule spelled out: ∂output/∂input is the sum, over every path from
/// the input to the output, of the product of the partials on the path's edges.
///
/// Paths are counted by dynamic programming in O(edges), so a graph with 2^70 paths answers at
/// once; only up to `limit` are listed one by one.
public struct PathSums: Sendable {
    /// One path: its nodes from input to output, the edges between them and their product.
    public struct Path: Equatable, Sendable {
        public let nodes: [Int]
        public let edges: [Edge]
        public let product: Double
    }

    public let input: Int
    public let output: Int
    /// How many paths there are in all.
    public let count: PathCount
    /// The paths listed, at most `limit` of them, in depth-first order.
    public let paths: [Path]
    /// The sum of the products of all paths: of those listed when every path is listed,
    /// otherwise computed by merging at nodes (forward mode's arithmetic).
    public let sum: Double
    /// The number of edge visits that listing every path takes: the sum of their lengths.
    public let edgeVisits: PathCount

    /// Whether some paths were left out of `paths`.
    public var isTruncated: Bool { count != .exact(UInt64(paths.count)) }

    /// About as many paths as a person can scroll through, and a bound on the work.
    public static let defaultLimit = 10_000

    public init(_ evaluation: Evaluation, from input: Int, to output: Int, limit: Int = PathSums.defaultLimit) {
        let graph = evaluation.graph
        self.input = input
        self.output = output
        let (count, visits) = Self.countPaths(graph, from: input)
        self.count = count[output]
        edgeVisits = visits[output]
        paths = Self.listPaths(evaluation, from: input, to: output, limit: limit)
        if !paths.isEmpty && self.count == .exact(UInt64(paths.count)) {
            sum = paths.reduce(0) { $0 + $1.product }
        } else {
            sum = TangentSweep(evaluation, input: input).tangents[output]
        }
    }

    /// For every node, the number of paths from `input` to it and the total length of those
    /// paths, by one pass in topological order: a node's counts are its operands' summed.
    public static func countPaths(_ graph: Graph, from input: Int) -> (count: [PathCount], length: [PathCount]) {
        var count = [PathCount](repeating: .exact(0), count: graph.count)
        var length = count
        count[input] = .exact(1)
        for edge in graph.edges where edge.source >= input {
            count[edge.target] = count[edge.target] + count[edge.source]
            length[edge.target] = length[edge.target] + length[edge.source] + count[edge.source]
        }
        return (count, length)
    }

    /// Depth-first listing of up to `limit` paths, exploring only nodes that reach `output`.
    private static func listPaths(_ evaluation: Evaluation, from input: Int, to output: Int, limit: Int) -> [Path] {
        let graph = evaluation.graph
        var outgoing = [[Edge]](repeating: [], count: graph.count)
        var reaches = [Bool](repeating: false, count: graph.count)
        reaches[output] = true
        for edge in graph.edges.reversed() where reaches[edge.target] && edge.source >= input {
            reaches[edge.source] = true
            outgoing[edge.source].insert(edge, at: 0)
        }
        guard reaches[input] else { return [] }
        var paths: [Path] = []
        var edges: [Edge] = []
        var products: [Double] = [1]
        var next: [Int] = [0]  // for each node on the current path, the next outgoing edge to try
        var nodes = [input]
        while !nodes.isEmpty, paths.count < limit {
            let node = nodes.last!
            if node == output {
                paths.append(Path(nodes: nodes, edges: edges, product: products.last!))
            }
            guard node != output, next[next.count - 1] < outgoing[node].count else {
                nodes.removeLast(); next.removeLast(); products.removeLast()
                if !edges.isEmpty { edges.removeLast() }
                continue
            }
            let edge = outgoing[node][next[next.count - 1]]
            next[next.count - 1] += 1
            nodes.append(edge.target)
            edges.append(edge)
            products.append(products.last! * evaluation.partial(edge))
            next.append(0)
        }
        return paths
    }

    /// A path's product spelled out, `1·(-2) = -2`, with numbers written by `format`; a path
    /// of one edge is just its partial, and a path with no edge (from the output to itself)
    /// has the empty product, `1`.
    public static func product(_ path: Path, _ evaluation: Evaluation, format: (Double) -> String = NumberFormat.plain) -> String {
        guard path.edges.count > 1 else { return format(path.product) }
        let factors = path.edges.map { edge in
            let text = format(evaluation.partial(edge))
            return text.hasPrefix("-") ? "(\(text))" : text
        }
        return factors.joined(separator: "·") + " = " + format(path.product)
    }

    /// A path as `b→c→e`.
    /// Where two edges join the same nodes (`y = x * x`), the arrow says which: `x→₁y`, `x→₂y`.
    public static func describe(_ path: Path, in graph: Graph) -> String {
        zip(path.nodes.dropFirst(), path.edges).reduce(graph.nodes[path.nodes[0]].name) { text, step in
            text + "→" + (graph.isParallel(step.1) ? Graph.subscripts[step.1.position] : "") + graph.nodes[step.0].name
        }
    }
}

/// A path count: exact while it fits in 64 bits, then a floating-point approximation, marked.
public enum PathCount: Equatable, Sendable, CustomStringConvertible {
    case exact(UInt64)
    case approximate(Double)

    public static func + (left: PathCount, right: PathCount) -> PathCount {
        if case .exact(let a) = left, case .exact(let b) = right {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return .exact(sum) }
        }
        return .approximate(left.magnitude + right.magnitude)
    }

    /// The count as a floating-point number.
    public var magnitude: Double {
        switch self {
        case .exact(let count): Double(count)
        case .approximate(let count): count
        }
    }

    /// `9`, or `≈1.18059162072e+21` when the count no longer fits in 64 bits.
    public var description: String {
        switch self {
        case .exact(let count): "\(count)"
        case .approximate(let count): "≈\(NumberFormat.plain(count))"
        }
    }
}
