import GraphEngine
import Words

/// Questions about a sweep on a fresh graph: reverse mode's adjoint of a node, forward mode's
/// tangent of a node. The sweep is shown up to the first share the node gets; the answer is
/// the node's number once every share has been added. A node joined to the sweep's start by
/// one edge alone is never asked: its number is that edge's partial, on the graph already.
extension QuizQuestion {
    /// d(output)/d(node) for a node below the output; more often one used twice, whose adjoint
    /// is a sum.
    static func adjoint(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        let (graph, candidates) = Graph.arithmetic(using: &random) { evaluation in
            let g = evaluation.graph
            return g.varying.filter { $0 != g.outputs[0] && !isOneEdge(g, from: $0, to: g.outputs[0]) }
        }
        let evaluation = graph.evaluation
        let output = evaluation.graph.outputs[0]
        let reverse = Pass(.reverse(output: output), evaluation)
        let node = preferringSums(candidates, reverse, using: &random)
        let name = evaluation.graph.nodes[node].name
        let quantity = Quantity.adjoint(node, output: output)
        return sweep(
            .adjoint, graph, reverse, node: node, notation,
            prompt: QuizWords.current.adjointPrompt(
                evaluation.graph.nodes[output].name, name, quantity.symbol(in: evaluation.graph, notation), quantity.meaning(in: evaluation.graph, notation)!))
    }

    /// d(node)/d(input) in forward mode, for an operation the input reaches; more often one
    /// with two edges in from the input's side, whose tangent is a sum.
    static func tangent(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        let (graph, choices) = Graph.arithmetic(using: &random) { evaluation in
            let g = evaluation.graph
            return g.inputs.map { input in
                let reached = PathSums.countPaths(g, from: input).count
                return (input: input, nodes: g.varying.filter { $0 != input && reached[$0] != .exact(0) && !isOneEdge(g, from: input, to: $0) })
            }.filter { !$0.nodes.isEmpty }
        }
        let evaluation = graph.evaluation
        let (input, nodes) = choices.randomElement(using: &random)!
        let forward = Pass(.tangent(input: input), evaluation)
        let node = preferringSums(nodes, forward, using: &random)
        let quantity = Quantity.tangent(node, input: input)
        return sweep(
            .tangent, graph, forward, node: node, notation,
            prompt: QuizWords.current.tangentPrompt(
                evaluation.graph.nodes[input].name, evaluation.graph.nodes[node].name, quantity.symbol(in: evaluation.graph, notation),
                quantity.meaning(in: evaluation.graph, notation)!))
    }

    /// Whether one path joins `from` to `to`, and it is one edge.
    static func isOneEdge(_ graph: GraphEngine.Graph, from: Int, to: Int) -> Bool {
        PathSums.countPaths(graph, from: from).count[to] == .exact(1) && graph.operands(of: to).contains(from)
    }

    /// One of `nodes`, three times in four one that gets more than one share in `pass` if
    /// there is such a node.
    private static func preferringSums(_ nodes: [Int], _ pass: Pass, using random: inout some RandomNumberGenerator) -> Int {
        let sums = nodes.filter { node in pass.steps.filter { $0.node == node }.count > 1 }
        return (!sums.isEmpty && Int.random(in: 0..<4, using: &random) > 0 ? sums : nodes).randomElement(using: &random)!
    }

    /// The question about `node`'s final number in the sweep `pass`, shown up to its first share.
    private static func sweep(_ topic: QuizTopic, _ graph: Graph, _ pass: Pass, node: Int, _ notation: Notation, prompt: String) -> QuizQuestion {
        let evaluation = graph.evaluation
        let shares = pass.steps.indices.filter { pass.steps[$0].node == node }
        let symbol = pass.steps[shares[0]].quantity.symbol(in: evaluation.graph, notation)
        let terms = shares.map { StepHints.share(pass.steps[$0], evaluation, notation) }
        let value = pass.steps[shares.last!].value
        return QuizQuestion(
            topic: topic, graph: graph, prompt: prompt, choices: [], answer: .number(value),
            answerText: "\(symbol) = \(NumberFormat.plain(value))",
            view: View(pass: pass.kind, revealed: shares[0], selected: node),
            hints: [
                QuizWords.current.sharesHint(symbol, terms.map(\.symbols).joined(separator: " + ")),
                "\(symbol) = " + terms.map(\.numbers).joined(separator: " + ") + " = ?",
            ],
            solution: Solution(pass, steps: Array(shares[0]...shares.last!), evaluation, notation))
    }
}
