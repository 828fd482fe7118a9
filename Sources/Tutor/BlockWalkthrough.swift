import GraphEngine

/// A block pass being stepped through, and what it has shown of each block: the screens ask
/// here before they draw a block's value or gradient, so nothing the pass has not reached is on
/// screen. Without a pass every value is shown and no gradient.
public struct BlockWalkthrough: Sendable {
    public let pass: BlockPass
    /// How many steps are revealed, from 0 (none) to `steps.count` (all).
    public var revealed = 0

    public init(_ pass: BlockPass) { self.pass = pass }

    public var kind: BlockPass.Kind { pass.kind }
    public var steps: [BlockPass.Step] { pass.steps }
    /// The step revealed last, if any.
    public var current: BlockPass.Step? { revealed > 0 ? steps[revealed - 1] : nil }
    public var isFinished: Bool { revealed == steps.count }

    /// The array the pass has revealed for `node` so far: its value, or its gradient so far;
    /// nil while the pass has not reached it. A gradient the finished pass never reached is 0.
    public func array(for node: Int, shape: Shape) -> ArrayValue? {
        if let latest = steps[..<revealed].last(where: { $0.node == node }) { return latest.value }
        return isFinished ? ArrayValue(shape: shape, entries: [Double](repeating: 0, count: shape.count)) : nil
    }

    /// The shares `node` has received so far and how many it receives in all, if it receives any.
    public func shares(of node: Int) -> (received: Int, count: Int)? {
        let shares = steps.indices.filter { steps[$0].node == node && steps[$0].share != nil }
        guard !shares.isEmpty else { return nil }
        return (shares.count { $0 < revealed }, shares.count)
    }

    /// Whether `node`'s gradient still waits for shares: some are in, not all.
    public func isPartial(_ node: Int) -> Bool {
        guard let shares = shares(of: node) else { return false }
        return shares.received > 0 && shares.received < shares.count
    }

    /// `node`'s value if shown: every one, except that the forward pass shows each when it
    /// computes it.
    public static func value(_ node: Int, _ evaluation: BlockEvaluation, _ walkthrough: BlockWalkthrough?) -> ArrayValue? {
        guard let walkthrough, walkthrough.kind == .forward else { return evaluation.value(node) }
        return walkthrough.array(for: node, shape: evaluation.graph.nodes[node].shape)
    }

    /// `node`'s gradient so far if shown: only reverse mode shows gradients, each as it comes.
    public static func gradient(_ node: Int, _ evaluation: BlockEvaluation, _ walkthrough: BlockWalkthrough?) -> ArrayValue? {
        guard let walkthrough, case .reverse = walkthrough.kind else { return nil }
        return walkthrough.array(for: node, shape: evaluation.graph.nodes[node].shape)
    }
}
