import GraphEngine
import Words

/// The words for a step of a pass, numbers substituted:
/// `b̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = 5   (2nd of 2 uses of b)`, in the language being spoken.
/// A note after an equation always follows three spaces.
public enum Caption {
    /// `node`'s equation with its numbers, `c = a + b = 2 + 1 = 3`; an input's and a
    /// constant's say what they are: `b = 1 (input)`.
    public static func equation(_ node: Int, _ evaluation: Evaluation) -> String {
        let equation = evaluation.equation(for: node)
        switch evaluation.graph.operations[node] {
        case .input: return CaptionWords.current.inputEquation(equation)
        case .constant: return CaptionWords.current.constantEquation(equation)
        default: return equation
        }
    }

    /// `step` of a pass over `evaluation`, as one line.
    public static func text(_ step: PassStep, _ evaluation: Evaluation, _ notation: Notation = .marks) -> String {
        let words = CaptionWords.current
        let graph = evaluation.graph
        let symbol = step.quantity.symbol(in: graph, notation)
        let name = graph.nodes[step.node].name
        switch step.kind {
        case .seed:
            if case .tangent = step.quantity { return words.tangentSeed(symbol) }
            return words.adjointSeed(symbol, notation.total(name, name))
        case .evaluation:
            return equation(step.node, evaluation)
        case .partial:
            return "\(symbol) = \(evaluation.partialText(step.edge!))"
        case .contribution(_, _, let previous, let index, let count):
            let (symbols, numbers) = factors(step, evaluation, notation)
            let sum = index == 0 ? "" : NumberFormat.plain(previous) + " + "
            var text = "\(symbol) = \(sum)\(symbols) = \(sum)\(numbers) = \(NumberFormat.plain(step.value))"
            if count > 1 {
                let note = if case .tangent = step.quantity { words.shareOfEdges } else { words.shareOfUses }
                text += note(ordinal(index + 1), count, name)
            }
            return text
        case .path(let path, let runningSum):
            let route = PathSums.describe(path, in: graph)
            return words.pathStep(symbol, route, PathSums.product(path, evaluation), NumberFormat.plain(runningSum))
        case .sum(let count, let listed, let factors):
            if let factors {
                let sums = factors.map { NumberFormat.plain($0.reduce(0, +)) }
                let terms = factors.map { $0.count == 1 ? NumberFormat.plain($0[0]) : "(" + $0.map(NumberFormat.plain).joined(separator: " + ") + ")" }
                return words.factoredSum(symbol, terms.joined(separator: " · "), sums.joined(separator: " · "), NumberFormat.plain(step.value), count)
            }
            let note = count == .exact(UInt64(listed)) ? "" : words.sumNotAllListed(listed, count)
            return words.sum(symbol, count, NumberFormat.plain(step.value), note)
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
        let words = CaptionWords.current
        return switch kind {
        case .forward: words.forwardTitle
        case .partials: words.partialsTitle
        case .tangent(let input): words.tangentTitle(graph.nodes[input].name)
        case .reverse(let output): words.reverseTitle(graph.nodes[output].name)
        case .paths(let input, let output): words.pathsTitle(graph.nodes[input].name, graph.nodes[output].name)
        }
    }

    /// What a pass gave and what it cost, in a line for the end of it:
    /// `done: de/da = 2, de/db = 5 from one reverse sweep (5 edge visits)`.
    public static func summary(_ pass: Pass, _ evaluation: Evaluation, _ notation: Notation = .marks) -> String {
        let words = CaptionWords.current
        let graph = evaluation.graph
        let edges = graph.edges.count
        func name(_ node: Int) -> String { graph.nodes[node].name }
        func final(_ node: Int) -> String { NumberFormat.plain(pass.steps.last { $0.node == node }?.value ?? 0) }
        func derivative(_ output: Int, _ input: Int, _ value: String) -> String { "\(notation.total(name(output), name(input))) = \(value)" }
        switch pass.kind {
        case .forward:
            return words.forwardDone(pass.steps.count, edges)
        case .partials:
            return words.partialsDone(edges)
        case .tangent(let input):
            let gave = graph.outputs.map { derivative($0, input, final($0)) }.joined(separator: words.listSeparator)
            let others = graph.inputs.filter { $0 != input }
            let rest = switch others.count {
            case 0: ""
            case 1: words.oneOtherInput(name(others[0]))
            default: words.otherInputs(others.count)
            }
            return words.tangentDone(gave, edges, rest)
        case .reverse(let output):
            let gave = graph.inputs.prefix(3).map { derivative(output, $0, final($0)) } + (graph.inputs.count > 3 ? ["…"] : [])
            return words.reverseDone(gave.joined(separator: words.listSeparator), edges)
        case .paths(let input, let output):
            guard let last = pass.steps.last, case .sum(let count, _, _) = last.kind else { return words.done }
            return words.pathsDone(derivative(output, input, NumberFormat.plain(last.value)), count, edges)
        }
    }

    /// `1st`, `2nd`, `3rd`, `4th`, … `11th`, `21st`; in Chinese the number alone, since `第 1`
    /// is written around it.
    static func ordinal(_ n: Int) -> String {
        let words = CaptionWords.current
        let suffix = (11...13).contains(n % 100) ? words.teenOrdinalSuffix : words.ordinalSuffixes[n % 10]
        return "\(n)\(suffix)"
    }
}
