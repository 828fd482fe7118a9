/// The multivariable chain rule spelled out: ∂output/∂input is the sum, over every path from
/// the input to the output, of the product of the partials on the path's edges.
///
/// Paths are counted by dynamic programming in O(edges), so a graph with 2^70 paths answers at
/// once; only up to a limit are listed one by one, and only up to a total length.
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
    /// The paths listed, in depth-first order: at most a limit of them, of at most a total length.
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
    /// The most edges the listed paths of one input and output may have together: listing a
    /// path costs its length, so a count limit alone lets a few long paths cost paths × length.
    public static let defaultEdgeBudget = 100_000

    /// The paths from `input` to `output` of `evaluation`'s graph, at most `limit` of them and
    /// `edgeBudget` edges over all of them.
    public init(_ evaluation: Evaluation, from input: Int, to output: Int, limit: Int = PathSums.defaultLimit, edgeBudget: Int = PathSums.defaultEdgeBudget) {
        self.init(evaluation, from: input, PathsToOutput(evaluation.graph, output: output), budget: PathsToOutput.Budget(paths: limit, edges: edgeBudget)) {
            TangentSweep(evaluation, input: input).tangents[output]
        }
    }

    /// The paths from `input` to `toOutput.output`, listed as `budget` allows, with their
    /// count from `toOutput`; when some are left out, the sum is `forwardDerivative()`, forward
    /// mode's answer, which merges the paths at every node instead of listing them.
    public init(_ evaluation: Evaluation, from input: Int, _ toOutput: PathsToOutput, budget: PathsToOutput.Budget, forwardDerivative: () -> Double) {
        self.input = input
        output = toOutput.output
        count = toOutput.count[input]
        edgeVisits = toOutput.length[input]
        paths = toOutput.list(evaluation, from: input, budget: budget)
        if !paths.isEmpty && count == .exact(UInt64(paths.count)) {
            sum = paths.reduce(0) { $0 + $1.product }
        } else {
            sum = forwardDerivative()
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
