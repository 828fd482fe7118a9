import GraphEngine

/// A pass over an array graph as the tutor plays it, one block at a time: forward values node
/// by node, or reverse mode edge by edge, each edge's block rule giving its source a share of
/// the gradient. The screens step through it as through a scalar `Pass`; the block captions
/// (`BlockCaption`) say each step's rule with its shapes.
public struct BlockPass: Sendable {
    /// Which pass, and the output reverse mode starts from.
    public enum Kind: Hashable, Sendable {
        /// Each block's value from its operands', in topological order.
        case forward
        /// Each block's gradient d(output)/d(block), an edge's share at a time.
        case reverse(output: Int)
    }

    /// One step: the block it is about, the edge it travels along, and the array it reveals.
    public struct Step: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// A block's value, computed from its operands' (or an input's, given).
            case evaluation
            /// Reverse mode starts: the output's gradient is 1 in every entry.
            case seed
            /// An edge adds its share to its source's gradient: share `index` (from 0) of the
            /// `count` the source receives.
            case contribution(index: Int, count: Int)
        }

        public let kind: Kind
        public let node: Int
        public let edge: Edge?
        /// The block's value, or its gradient so far once this step's share is added.
        public let value: ArrayValue
        /// What this step's edge adds, for a contribution.
        public let share: ArrayValue?
    }

    public let kind: Kind
    public let steps: [Step]

    /// The steps of `kind` on `evaluation`.
    public init(_ kind: Kind, _ evaluation: BlockEvaluation) {
        self.kind = kind
        let graph = evaluation.graph
        switch kind {
        case .forward:
            steps = graph.varying.map { node in
                Step(kind: .evaluation, node: node, edge: nil, value: evaluation.value(node), share: nil)
            }
        case .reverse(let output):
            let sweep = BlockAdjointSweep(evaluation, output: output)
            let contributions = sweep.contributions(evaluation)
            var count: [Int: Int] = [:]
            for contribution in contributions { count[contribution.edge.source, default: 0] += 1 }
            var received: [Int: Int] = [:]
            let seed = Step(kind: .seed, node: output, edge: nil, value: ArrayValue(shape: graph.nodes[output].shape, entries: sweep.adjoints[output]), share: nil)
            steps = [seed] + contributions.map { edge, share, total in
                let shape = graph.nodes[edge.source].shape
                let index = received[edge.source, default: 0]
                received[edge.source] = index + 1
                return Step(kind: .contribution(index: index, count: count[edge.source]!), node: edge.source, edge: edge,
                            value: ArrayValue(shape: shape, entries: total), share: ArrayValue(shape: shape, entries: share))
            }
        }
    }
}
