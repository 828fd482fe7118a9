import GraphEngine

/// The words for a step of a pass, numbers substituted: `∂e/∂b += ∂e/∂c · ∂c/∂b = 2 · 1 → 5`.
public enum Caption {
    /// `step` of a pass over `evaluation`, as one line.
    public static func text(_ step: PassStep, _ evaluation: Evaluation) -> String {
        let graph = evaluation.graph
        let symbol = step.quantity.symbol(in: graph)
        switch step.kind {
        case .seed:
            if case .tangent = step.quantity { return "seed: \(symbol) = 1; every other input has tangent 0" }
            return "seed: \(symbol) = 1"
        case .evaluation:
            return evaluation.equation(for: step.node)
        case .partial:
            return "\(symbol) = \(evaluation.partialText(step.edge!))"
        case .contribution(let factor, let factorValue):
            let edge = step.edge!
            let partial = (graph.partialName(edge), NumberFormat.operand(evaluation.partial(edge)))
            let other = (factor.symbol(in: graph), NumberFormat.operand(factorValue))
            // Forward mode multiplies the partial by the tangent behind it; reverse mode, the
            // adjoint ahead of it by the partial: each in the order the chain rule reads.
            let (first, second) = if case .tangent = step.quantity { (partial, other) } else { (other, partial) }
            return "\(symbol) += \(first.0) · \(second.0) = \(first.1) · \(second.1) → \(NumberFormat.plain(step.value))"
        case .path(let path, let runningSum):
            let route = PathSums.describe(path, in: graph)
            return "\(symbol): \(route): \(PathSums.product(path, evaluation)); sum so far \(NumberFormat.plain(runningSum))"
        case .sum(let count, let listed):
            let note = count == .exact(UInt64(listed)) ? "" : " (\(listed) of \(count) paths listed; the sum is computed by merging at nodes)"
            return "\(symbol) = sum over \(NumberFormat.counted(count, "path")) = \(NumberFormat.plain(step.value))\(note)"
        }
    }

    /// The pass's name for people: `reverse mode from e`.
    public static func title(_ kind: Pass.Kind, _ graph: Graph) -> String {
        switch kind {
        case .forward: "forward values"
        case .partials: "local partials"
        case .tangent(let input): "forward mode from \(graph.nodes[input].name)"
        case .reverse(let output): "reverse mode from \(graph.nodes[output].name)"
        case .paths(let input, let output): "paths \(graph.nodes[input].name) → \(graph.nodes[output].name)"
        }
    }
}
