import GraphEngine
import Words

/// The new weight after one step of gradient descent, w ← w − η · dL/dw: first the gradient
/// (the chain rule, or reverse mode from L), then the step. The loss is a squared error,
/// `L = r · r` with `r = w - t`, or a fresh graph's output with one of its inputs as the weight.
extension QuizQuestion {
    static func descent(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        let words = QuizWords.current
        while true {
            let graph: Graph
            let name: String
            let loss: String
            if Bool.random(using: &random) {
                let (w, t) = ([-2, -1, -0.5, 0.5, 1, 2, 3] as [Double], [-2, -1, 1, 2, 3] as [Double])
                graph = Graph("w = \(NumberFormat.plain(w.randomElement(using: &random)!)); t = \(NumberFormat.plain(t.randomElement(using: &random)!))\nr = w - t\nL = r * r")!
                (name, loss) = ("w", words.squaredErrorLoss)
            } else {
                graph = Graph.arithmetic(inputs: Int.random(in: 2...3, using: &random), using: &random)
                name = graph.evaluation.graph.inputNames.randomElement(using: &random)!
                loss = words.outputLoss(graph.evaluation.graph.nodes[graph.evaluation.graph.outputs[0]].name, name)
            }
            let evaluation = graph.evaluation
            let g = evaluation.graph
            let parameter = g.index(of: name)!, output = g.outputs[0]
            let rate = [0.1, 0.05, 0.01].randomElement(using: &random)!
            let step = GradientDescentStep(evaluation, loss: output, parameters: [parameter], learningRate: rate)
            let gradient = step.gradients[0], old = evaluation.values[parameter], new = step.after.values[parameter]
            guard gradient != 0, isModest(gradient), isModest(new) else { continue }
            let symbol = notation.total(g.nodes[output].name, name)
            let reverse = Pass(.reverse(output: output), evaluation)
            // The steps on the way from the loss back to the weight, not those to the other inputs.
            let onTheWay = PathSums.countPaths(g, from: parameter).count.map { $0 != .exact(0) }
            let steps = reverse.steps.indices.filter { onTheWay[reverse.steps[$0].node] }
            let arithmetic = "\(name) − η · \(symbol) = \(NumberFormat.plain(old)) − \(NumberFormat.plain(rate)) · \(NumberFormat.operand(gradient))"
            return QuizQuestion(
                topic: .descent, graph: graph,
                prompt: words.descentPrompt(loss, NumberFormat.plain(rate), name, symbol),
                choices: [], answer: .number(new), answerText: words.newValue(name, NumberFormat.plain(new)),
                view: valuesAndPartials(selecting: parameter),
                hints: [
                    words.gradientFirst(symbol, g.nodes[output].name, name),
                    words.gradientThenStep(symbol, NumberFormat.plain(gradient), name, arithmetic),
                ],
                solution: Solution(reverse, steps: steps, evaluation, notation, conclusion: [words.newValue(name, "\(arithmetic) = \(NumberFormat.plain(new))")]))
        }
    }
}
