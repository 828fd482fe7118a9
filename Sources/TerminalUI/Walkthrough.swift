import GraphEngine
import TextCanvas

/// A pass being stepped through: which one, its steps, and how many of them are revealed.
public struct Walkthrough: Equatable, Sendable {
    /// The passes a learner can step through.
    public enum Pass: Equatable, Sendable {
        /// Node values in topological order, with each node's edge partials.
        case forward
        /// Forward mode: tangents d(node)/d(input).
        case tangent(input: Int)
        /// Reverse mode: adjoints d(output)/d(node).
        case reverse(output: Int)
        /// Every path from the input to the output with its product, and their sum.
        case paths(input: Int, output: Int)
    }

    public let pass: Pass
    public let steps: [TraceStep]
    /// The paths the paths pass lists, one step each; empty for the other passes.
    public let paths: [PathSums.Path]
    /// How many steps are revealed, from 0 (none) to `steps.count` (all).
    public var revealed: Int = 0

    public init(_ pass: Pass, analysis: Analysis) {
        self.pass = pass
        let evaluation = analysis.evaluation
        switch pass {
        case .forward: (steps, paths) = (evaluation.forwardTrace(), [])
        case .tangent(let input): (steps, paths) = (TangentSweep(evaluation, input: input).trace(evaluation), [])
        case .reverse(let output): (steps, paths) = (AdjointSweep(evaluation, output: output).trace(evaluation), [])
        case .paths(let input, let output):
            let sums = PathSums(evaluation, from: input, to: output)
            steps = sums.trace(evaluation)
            paths = sums.paths
        }
    }

    /// The step revealed last, if any.
    public var current: TraceStep? { revealed > 0 ? steps[revealed - 1] : nil }
    /// The step the learner would see next, if any.
    public var next: TraceStep? { revealed < steps.count ? steps[revealed] : nil }
    public var isFinished: Bool { revealed == steps.count }

    /// The pass's name for people.
    public func title(_ graph: Graph) -> String {
        switch pass {
        case .forward: "forward values"
        case .tangent(let input): "forward mode from \(graph.nodes[input].name)"
        case .reverse(let output): "reverse mode from \(graph.nodes[output].name)"
        case .paths(let input, let output): "paths \(graph.nodes[input].name) → \(graph.nodes[output].name)"
        }
    }

    /// The number this pass has revealed for `node` so far: its latest value, tangent or
    /// adjoint; once the pass is over, 0 for nodes it never reached. Nil while the pass has not
    /// reached the node, and always for the paths pass, which reveals paths instead.
    public func number(for node: Int) -> Double? {
        if case .paths = pass { return nil }
        return steps.prefix(revealed).last { $0.node == node }?.value ?? (isFinished ? 0 : nil)
    }

    /// The listed paths revealed so far (for the paths pass).
    public var revealedPaths: Int { min(revealed, paths.count) }
}
