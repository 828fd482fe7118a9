import GraphEngine

/// Which mode is cheaper for a graph of N inputs and M outputs, and how many sweeps each
/// needs: forward mode one per input, reverse mode one per output. Multiple choice; the wrong
/// choices get the winner or the counts the wrong way round.
extension QuizQuestion {
    static func cost(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        // Shapes whose boxes fit the pane at 80×24: more stacked nodes would not.
        let (inputs, outputs) = [(1, 2), (2, 1), (3, 1)].randomElement(using: &random)!
        let graph = Graph.arithmetic(inputs: inputs, middle: 0...1, outputs: outputs, using: &random)
        let cost = MethodCost(graph.evaluation.graph, inputs: graph.evaluation.graph.inputs, outputs: graph.evaluation.graph.outputs)
        func claim(reverseWins: Bool, swapped: Bool) -> String {
            let (forward, reverse) = swapped ? (cost.reverseSweeps, cost.forwardSweeps) : (cost.forwardSweeps, cost.reverseSweeps)
            return reverseWins
                ? "reverse mode: \(NumberFormat.counted(reverse, "sweep")), against forward mode's \(forward)"
                : "forward mode: \(NumberFormat.counted(forward, "sweep")), against reverse mode's \(reverse)"
        }
        let right = claim(reverseWins: inputs > outputs, swapped: false)
        let choices = [
            right, claim(reverseWins: inputs < outputs, swapped: false), claim(reverseWins: inputs > outputs, swapped: true),
            claim(reverseWins: inputs < outputs, swapped: true),
        ].shuffled(using: &random)
        let letter = QuizQuestion.letters[choices.firstIndex(of: right)!]
        let ins = NumberFormat.counted(inputs, "input"), outs = NumberFormat.counted(outputs, "output")
        return QuizQuestion(
            topic: .cost, graph: graph,
            prompt: "This graph has \(ins) and \(outs). Which mode gets every output's derivative with respect to every input more cheaply, and in how many sweeps?",
            choices: choices, answer: .choice(choices.firstIndex(of: right)!), answerText: "\(letter)) \(right)",
            view: valuesAndPartials(selecting: graph.evaluation.graph.inputs[0]),
            hints: ["one sweep of forward mode gives every derivative with respect to one input; one of reverse mode, every derivative of one output", "here: \(ins), \(outs)"],
            solution: Solution(
                Pass(.partials, graph.evaluation), steps: [], graph.evaluation, notation,
                conclusion: [
                    "forward mode: one sweep per input, \(NumberFormat.counted(cost.forwardSweeps, "sweep")) (\(cost.forwardEdgeVisits) edge visits)",
                    "reverse mode: one sweep per output, \(NumberFormat.counted(cost.reverseSweeps, "sweep")) (\(cost.reverseEdgeVisits) edge visits)",
                    "\(inputs > outputs ? "reverse" : "forward") mode is cheaper here; for a network's many weights and one loss, reverse mode is",
                ]))
    }
}
