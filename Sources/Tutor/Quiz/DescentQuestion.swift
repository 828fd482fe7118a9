import GraphEngine

/// The new weight after one step of gradient descent, w ← w − η · dL/dw, on a squared error
/// `L = r · r` with `r = y - t`, where `y = w · x` or `y = w · x + b`: first the gradient (the
/// chain rule, or reverse mode from L), then the step.
extension QuizQuestion {
    static func descent(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        while true {
            let withBias = Bool.random(using: &random)
            func pick(_ values: [Double]) -> String { NumberFormat.plain(values.randomElement(using: &random)!) }
            var lines = ["w = \(pick([-2, -1, -0.5, 0.5, 1, 2])); x = \(pick([-2, -1, 1, 2, 3])); t = \(pick([-2, -1, 1, 2, 3]))"]
            if withBias {
                lines[0] += "; b = \(pick([-1, 0.5, 1]))"
                lines += ["p = w * x", "y = p + b"]
            } else {
                lines += ["y = w * x"]
            }
            lines += ["r = y - t", "L = r * r"]
            guard let graph = Graph(lines.joined(separator: "\n")) else { continue }
            let evaluation = graph.evaluation
            let g = evaluation.graph
            let parameter = g.index(of: withBias && Bool.random(using: &random) ? "b" : "w")!
            let rate = [0.1, 0.05, 0.01].randomElement(using: &random)!
            let step = GradientDescentStep(evaluation, loss: g.outputs[0], parameters: [parameter], learningRate: rate)
            let gradient = step.gradients[0], old = evaluation.values[parameter], new = step.after.values[parameter]
            guard gradient != 0, isModest(gradient), isModest(new) else { continue }
            let name = g.nodes[parameter].name
            let symbol = Notation.total("L", name)
            let reverse = Pass(.reverse(output: g.outputs[0]), evaluation)
            // The steps on the way from L back to the parameter, not those to the other inputs.
            let onTheWay = PathSums.countPaths(g, from: parameter).count.map { $0 != .exact(0) }
            let steps = reverse.steps.indices.filter { onTheWay[reverse.steps[$0].node] }
            let arithmetic = "\(name) − η · \(symbol) = \(NumberFormat.plain(old)) − \(NumberFormat.plain(rate)) · \(NumberFormat.operand(gradient))"
            return QuizQuestion(
                topic: .descent, graph: graph,
                prompt: "Take one step of gradient descent on the loss L with learning rate η = \(NumberFormat.plain(rate)): \(name) ← \(name) − η · \(symbol). What is the new \(name)?",
                choices: [], answer: .number(new), answerText: "new \(name) = \(NumberFormat.plain(new))",
                view: valuesAndPartials(selecting: parameter),
                hints: ["first \(symbol): reverse mode from L, or the product of the partials along the path from \(name) to L", "\(symbol) = \(NumberFormat.plain(gradient)), so the new \(name) = \(arithmetic) = ?"],
                solution: Solution(reverse, steps: steps, evaluation, notation, conclusion: ["new \(name) = \(arithmetic) = \(NumberFormat.plain(new))"]))
        }
    }
}
