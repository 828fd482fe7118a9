import GraphEngine

/// The words for a step of a pass, numbers substituted:
/// `b̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = 5   (2nd of 2 uses of b)`.
public enum Caption {
    /// `step` of a pass over `evaluation`, as one line.
    public static func text(_ step: PassStep, _ evaluation: Evaluation, _ notation: Notation = .marks) -> String {
        let graph = evaluation.graph
        let symbol = step.quantity.symbol(in: graph, notation)
        let name = graph.nodes[step.node].name
        switch step.kind {
        case .seed:
            if case .tangent = step.quantity { return "\(symbol) = 1   (the seed; every other input's tangent is 0)" }
            return "\(symbol) = 1   (the seed: \(notation.total(name, name)) = 1)"
        case .evaluation:
            return evaluation.equation(for: step.node)
        case .partial:
            return "\(symbol) = \(evaluation.partialText(step.edge!))"
        case .contribution(_, _, let previous, let index, let count):
            let (symbols, numbers) = factors(step, evaluation, notation)
            let sum = index == 0 ? "" : NumberFormat.plain(previous) + " + "
            var text = "\(symbol) = \(sum)\(symbols) = \(sum)\(numbers) = \(NumberFormat.plain(step.value))"
            if count > 1 {
                let whole = if case .tangent = step.quantity { "edges into \(name)" } else { "uses of \(name)" }
                text += "   (\(ordinal(index + 1)) of \(count) \(whole))"
            }
            return text
        case .path(let path, let runningSum):
            let route = PathSums.describe(path, in: graph)
            return "\(symbol): \(route): \(PathSums.product(path, evaluation)); sum so far \(NumberFormat.plain(runningSum))"
        case .sum(let count, let listed, let factors):
            let paths = NumberFormat.counted(count, "path")
            if let factors {
                let sums = factors.map { NumberFormat.plain($0.reduce(0, +)) }
                let terms = factors.map { $0.count == 1 ? NumberFormat.plain($0[0]) : "(" + $0.map(NumberFormat.plain).joined(separator: " + ") + ")" }
                return "\(symbol) = \(terms.joined(separator: " · ")) = \(sums.joined(separator: " · ")) = \(NumberFormat.plain(step.value)) over \(paths)"
            }
            let note = count == .exact(UInt64(listed)) ? "" : " (\(listed) of \(count) paths listed; the sum is computed by merging at nodes)"
            return "\(symbol) = sum over \(paths) = \(NumberFormat.plain(step.value))\(note)"
        }
    }

    /// One contribution of a sweep on its own, `c̄ · ∂c/∂b = 2 · 1 = 2`; empty for other steps.
    public static func share(_ step: PassStep, _ evaluation: Evaluation, _ notation: Notation = .marks) -> String {
        guard case .contribution(_, let factorValue, _, _, _) = step.kind, let edge = step.edge else { return "" }
        let (symbols, numbers) = factors(step, evaluation, notation)
        return "\(symbols) = \(numbers) = \(NumberFormat.plain(factorValue * evaluation.partial(edge)))"
    }

    /// A contribution's two factors, as symbols and as numbers. Forward mode multiplies the
    /// edge's partial by the tangent behind it; reverse mode, the adjoint ahead of it by the
    /// partial: each in the order the chain rule reads.
    private static func factors(_ step: PassStep, _ evaluation: Evaluation, _ notation: Notation) -> (symbols: String, numbers: String) {
        guard case .contribution(let factor, let factorValue, _, _, _) = step.kind, let edge = step.edge else { return ("", "") }
        let partial = (evaluation.graph.partialName(edge), NumberFormat.operand(evaluation.partial(edge)))
        let other = (factor.symbol(in: evaluation.graph, notation), NumberFormat.operand(factorValue))
        let (first, second) = if case .tangent = step.quantity { (partial, other) } else { (other, partial) }
        return ("\(first.0) · \(second.0)", "\(first.1) · \(second.1)")
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

    /// What a pass gave and what it cost, in a line for the end of it:
    /// `done: de/da = 2, de/db = 5 from one reverse sweep (5 edge visits)`.
    public static func summary(_ pass: Pass, _ evaluation: Evaluation, _ notation: Notation = .marks) -> String {
        let graph = evaluation.graph
        let sweep = NumberFormat.counted(graph.edges.count, "edge visit")
        func name(_ node: Int) -> String { graph.nodes[node].name }
        func final(_ node: Int) -> String { NumberFormat.plain(pass.steps.last { $0.node == node }?.value ?? 0) }
        func derivative(_ output: Int, _ input: Int, _ value: String) -> String { "\(notation.total(name(output), name(input))) = \(value)" }
        switch pass.kind {
        case .forward:
            return "done: \(NumberFormat.counted(pass.steps.count, "value")) and \(NumberFormat.counted(graph.edges.count, "local partial")) in one forward sweep"
        case .partials:
            return "done: \(NumberFormat.counted(graph.edges.count, "local partial"))"
        case .tangent(let input):
            let gave = graph.outputs.map { derivative($0, input, final($0)) }.joined(separator: ", ")
            let others = graph.inputs.filter { $0 != input }
            let rest = switch others.count {
            case 0: ""
            case 1: "; \(name(others[0])) needs a sweep of its own"
            default: "; the other \(others.count) inputs need one each"
            }
            return "done: \(gave) from one sweep (\(sweep))\(rest)"
        case .reverse(let output):
            let gave = graph.inputs.prefix(3).map { derivative(output, $0, final($0)) } + (graph.inputs.count > 3 ? ["…"] : [])
            return "done: \(gave.joined(separator: ", ")) from one reverse sweep (\(sweep))"
        case .paths(let input, let output):
            guard let last = pass.steps.last, case .sum(let count, _, _) = last.kind else { return "done" }
            let sum = derivative(output, input, NumberFormat.plain(last.value))
            return "done: \(sum) over \(NumberFormat.counted(count, "path")); reverse mode gets every input's in \(sweep)"
        }
    }

    /// `1st`, `2nd`, `3rd`, `4th`, … `11th`, `21st`.
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }
}
