import GraphEngine

/// A pass over a graph as the tutor plays it, one step at a time: forward values, the local
/// partials, forward mode from one input, reverse mode from one output, or the sum over the
/// paths between two nodes. The command line's `--trace` prints passes; every screen plays them.
public struct Pass: Sendable {
    /// The passes there are, without the nodes they start from.
    public enum Name: String, CaseIterable, Sendable {
        case forward, partials, tangent, reverse, paths
    }

    /// A pass and the nodes it starts from.
    public enum Kind: Hashable, Sendable {
        /// Node values in topological order.
        case forward
        /// The local partial on every edge.
        case partials
        /// Forward mode: tangents d(node)/d(input).
        case tangent(input: Int)
        /// Reverse mode: adjoints ∂output/∂node.
        case reverse(output: Int)
        /// Every path from the input to the output with its product, and their sum.
        case paths(input: Int, output: Int)

        public var name: Name {
            switch self {
            case .forward: .forward
            case .partials: .partials
            case .tangent: .tangent
            case .reverse: .reverse
            case .paths: .paths
            }
        }

        /// The passes called `name` for these inputs and outputs: forward mode from each input,
        /// reverse mode from each output, paths for each pair.
        public static func all(_ name: Name, inputs: [Int], outputs: [Int]) -> [Kind] {
            switch name {
            case .forward: [.forward]
            case .partials: [.partials]
            case .tangent: inputs.map { .tangent(input: $0) }
            case .reverse: outputs.map { .reverse(output: $0) }
            case .paths: inputs.flatMap { input in outputs.map { .paths(input: input, output: $0) } }
            }
        }
    }

    public let kind: Kind
    public let steps: [PassStep]
    /// The paths the paths pass lists, one step each; empty for the other passes.
    public let paths: [PathSums.Path]

    /// The steps of `kind` on `evaluation`; the paths pass lists at most `pathLimit` paths.
    public init(_ kind: Kind, _ evaluation: Evaluation, pathLimit: Int = PathSums.defaultLimit) {
        self.kind = kind
        let graph = evaluation.graph
        switch kind {
        case .forward:
            paths = []
            steps = graph.varying.map { node in
                PassStep(.evaluation, quantity: .value(node), value: evaluation.values[node])
            }
        case .partials:
            paths = []
            steps = graph.edges.map { PassStep(.partial, quantity: .partial($0), value: evaluation.partial($0), edge: $0) }
        case .tangent(let input):
            paths = []
            let sweep = TangentSweep(evaluation, input: input)
            steps = [PassStep(.seed, quantity: .tangent(input, input: input), value: 1)]
                + Self.shares(sweep.contributions(evaluation), receiver: \.target) { edge in
                    (.tangent(edge.target, input: input), .tangent(edge.source, input: input), sweep.tangents[edge.source])
                }
        case .reverse(let output):
            paths = []
            let sweep = AdjointSweep(evaluation, output: output)
            steps = [PassStep(.seed, quantity: .adjoint(output, output: output), value: 1)]
                + Self.shares(sweep.contributions(evaluation), receiver: \.source) { edge in
                    (.adjoint(edge.source, output: output), .adjoint(edge.target, output: output), sweep.adjoints[edge.target])
                }
        case .paths(let input, let output):
            let sums = PathSums(evaluation, from: input, to: output, limit: pathLimit)
            paths = sums.paths
            var running = 0.0
            let listed = sums.paths.enumerated().map { index, path in
                running += path.product
                return PassStep(
                    .path(path, runningSum: running), quantity: .pathProduct(index: index, input: input, output: output),
                    value: path.product, edge: path.edges.last)
            }
            let factors = PathFactoring.factors(evaluation, from: input, to: output)
            let sum = PassStep(.sum(count: sums.count, listed: sums.paths.count, factors: factors), quantity: .pathSum(input: input, output: output), value: sums.sum)
            steps = listed + [sum]
        }
    }

    /// A sweep's contributions as steps: each edge's share, numbered among the shares its
    /// `receiver` node gets; `quantities` names what an edge changes and what it multiplies by.
    private static func shares(
        _ contributions: [(edge: Edge, total: Double)], receiver: KeyPath<Edge, Int>,
        quantities: (Edge) -> (changed: Quantity, factor: Quantity, factorValue: Double)
    ) -> [PassStep] {
        var count: [Int: Int] = [:]
        for contribution in contributions { count[contribution.edge[keyPath: receiver], default: 0] += 1 }
        var received: [Int: (shares: Int, total: Double)] = [:]
        return contributions.map { edge, total in
            let node = edge[keyPath: receiver]
            let before = received[node] ?? (0, 0)
            received[node] = (before.shares + 1, total)
            let (changed, factor, factorValue) = quantities(edge)
            return PassStep(
                .contribution(factor: factor, factorValue: factorValue, previous: before.total, index: before.shares, count: count[node]!),
                quantity: changed, value: total, edge: edge)
        }
    }
}
