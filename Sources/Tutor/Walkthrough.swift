import GraphEngine

/// A pass being stepped through: the pass, and how many of its steps are revealed.
public struct Walkthrough: Sendable {
    public let pass: Pass
    /// How many steps are revealed, from 0 (none) to `steps.count` (all).
    public var revealed: Int = 0
    /// Each node's steps, by index in `steps`, in order: screens ask per node every frame.
    private let stepsOfNode: [Int: [Int]]

    public init(_ pass: Pass) {
        self.pass = pass
        stepsOfNode = Dictionary(grouping: pass.steps.indices, by: { pass.steps[$0].node })
    }

    public var kind: Pass.Kind { pass.kind }
    public var steps: [PassStep] { pass.steps }
    /// The step revealed last, if any.
    public var current: PassStep? { revealed > 0 ? steps[revealed - 1] : nil }
    /// The step the learner would see next, if any.
    public var next: PassStep? { revealed < steps.count ? steps[revealed] : nil }
    public var isFinished: Bool { revealed == steps.count }

    /// The number this pass has revealed for `node` so far: its latest value, tangent or
    /// adjoint; once the pass is over, 0 for nodes it never reached. Nil while the pass has not
    /// reached the node, and always for the paths pass, which reveals paths instead.
    public func number(for node: Int) -> Double? {
        if case .paths = kind { return nil }
        let latest = stepsOfNode[node]?.last { $0 < revealed }
        return latest.map { steps[$0].value } ?? (isFinished ? 0 : nil)
    }

    /// The contributions a sweep has added to `node` so far, and how many it will add in all;
    /// nil when the sweep adds none to it (a seed, a node it never reaches, or another pass).
    public func shares(of node: Int) -> (received: Int, count: Int)? {
        var received = 0
        var count: Int?
        for index in stepsOfNode[node] ?? [] {
            guard case .contribution(_, _, _, _, let total) = steps[index].kind else { continue }
            count = total
            if index < revealed { received += 1 }
        }
        return count.map { (received, $0) }
    }

    /// The contribution steps revealed so far that added to `node`.
    public func revealedShares(of node: Int) -> [PassStep] {
        (stepsOfNode[node] ?? []).filter { $0 < revealed }.map { steps[$0] }.filter { step in
            guard case .contribution = step.kind else { return false }
            return true
        }
    }

    /// The listed paths revealed so far (for the paths pass).
    public var revealedPaths: Int { min(revealed, pass.paths.count) }

    /// The edges of the path the paths pass is showing, if it is showing one.
    public var currentPathEdges: Set<Edge> {
        guard revealed > 0, revealed <= pass.paths.count else { return [] }
        return Set(pass.paths[revealed - 1].edges)
    }
}
