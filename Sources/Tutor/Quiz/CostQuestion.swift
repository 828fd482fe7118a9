import GraphEngine
import Words

/// Which mode is cheaper for a graph of N inputs and M outputs, and how many sweeps each
/// needs: forward mode one per input, reverse mode one per output. Multiple choice; the wrong
/// choices get the winner or the counts the wrong way round.
extension QuizQuestion {
    static func cost(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        // Shapes whose boxes fit the pane at 80×24: more stacked nodes would not.
        let (inputs, outputs) = [(1, 2), (2, 1), (3, 1)].randomElement(using: &random)!
        let graph = Graph.arithmetic(inputs: inputs, middle: 0...1, outputs: outputs, using: &random)
        let cost = MethodCost(graph.evaluation.graph, inputs: graph.evaluation.graph.inputs, outputs: graph.evaluation.graph.outputs)
        let words = QuizWords.current
        func claim(reverseWins: Bool, swapped: Bool) -> String {
            let (forward, reverse) = swapped ? (cost.reverseSweeps, cost.forwardSweeps) : (cost.forwardSweeps, cost.reverseSweeps)
            return reverseWins ? words.reverseClaim(reverse, forward) : words.forwardClaim(forward, reverse)
        }
        let right = claim(reverseWins: inputs > outputs, swapped: false)
        let choices = [
            right, claim(reverseWins: inputs < outputs, swapped: false), claim(reverseWins: inputs > outputs, swapped: true),
            claim(reverseWins: inputs < outputs, swapped: true),
        ].shuffled(using: &random)
        let letter = QuizQuestion.letters[choices.firstIndex(of: right)!]
        return QuizQuestion(
            topic: .cost, graph: graph,
            prompt: words.costPrompt(inputs, outputs),
            choices: choices, answer: .choice(choices.firstIndex(of: right)!), answerText: "\(letter)) \(right)",
            view: valuesAndPartials(selecting: graph.evaluation.graph.inputs[0]),
            hints: [words.costHint, words.costHere(inputs, outputs)],
            solution: Solution(
                Pass(.partials, graph.evaluation), steps: [], graph.evaluation, notation,
                conclusion: [
                    words.forwardCost(cost.forwardSweeps, cost.forwardEdgeVisits),
                    words.reverseCost(cost.reverseSweeps, cost.reverseEdgeVisits),
                    inputs > outputs ? words.reverseIsCheaper : words.forwardIsCheaper,
                ]))
    }
}
