import GraphEngine
import Words

/// Questions about one node or one edge of a fresh graph: a node's value, and the local
/// partial on an edge.
extension QuizQuestion {
    /// The value of an operation node, with the values before it shown.
    static func value(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        let graph = Graph.arithmetic(inputs: Int.random(in: 2...3, using: &random), using: &random)
        let evaluation = graph.evaluation
        let nodes = evaluation.graph.varying.filter { evaluation.graph.operations[$0] != .input }
        let node = nodes.randomElement(using: &random)!
        let name = evaluation.graph.nodes[node].name
        let forward = Pass(.forward, evaluation)
        let step = forward.steps.firstIndex { $0.node == node }!
        return QuizQuestion(
            topic: .value, graph: graph,
            prompt: QuizWords.current.valuePrompt(name),
            choices: [], answer: .number(evaluation.values[node]), answerText: Caption.equation(node, evaluation),
            view: View(pass: .forward, revealed: step, selected: node),
            hints: StepHints.hints(forward.steps[step], of: forward, evaluation, notation),
            solution: Solution(forward, steps: [step], evaluation, notation))
    }

    /// The local partial on an edge whose partial is not a constant — a constant, such as a
    /// sum's 1, stands on the edge's label from the start — with the edge's target not computed yet.
    static func partial(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        let (graph, edges) = Graph.arithmetic(using: &random) { evaluation in evaluation.graph.edges.filter { Double(evaluation.formula($0)) == nil } }
        let evaluation = graph.evaluation
        let edge = edges.randomElement(using: &random)!
        let symbol = evaluation.graph.partialName(edge)
        let target = evaluation.graph.nodes[edge.target].name, source = evaluation.graph.nodes[edge.source].name
        let formula = evaluation.formula(edge)
        let partials = Pass(.partials, evaluation)
        let step = partials.steps.firstIndex { $0.edge == edge }!
        return QuizQuestion(
            topic: .partial, graph: graph,
            prompt: QuizWords.current.partialPrompt(symbol, source, target, evaluation.graph.formula(of: edge.target)),
            choices: [], answer: .number(evaluation.partial(edge)), answerText: "\(symbol) = \(evaluation.partialText(edge))",
            view: View(pass: .forward, revealed: Pass(.forward, evaluation).steps.firstIndex { $0.node == edge.target }!, selected: edge.target),
            hints: [rule(evaluation.graph.operations[edge.target], edge.position), "\(symbol) = \(formula)"],
            solution: Solution(partials, steps: [step], evaluation, notation))
    }

    /// How operand `position` of `operation` moves its result, in words.
    private static func rule(_ operation: GraphEngine.Operation, _ position: Int) -> String {
        let words = QuizWords.current
        return switch (operation, position) {
        case (.add, _): words.sumRule
        case (.subtract, 0): words.differenceFirstRule
        case (.subtract, _): words.differenceSecondRule
        case (.multiply, _): words.productRule
        default: words.otherRule
        }
    }
}
