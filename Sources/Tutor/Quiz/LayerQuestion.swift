import Foundation
import GraphEngine
import Words

/// A layer's backward step, as the source material's layers take it: `backward(dout)` with
/// what the forward pass remembered — add (nothing), multiply (both inputs), ReLU (the mask
/// x ≤ 0), sigmoid (its output). The answer is dout times the local partial.
extension QuizQuestion {
    static func layer(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        func pick(_ values: [Double]) -> Double { values.randomElement(using: &random)! }
        let dout = pick([-2, -1.5, -0.5, 0.5, 1.5, 2, 3])
        let operand = Bool.random(using: &random) ? "x" : "y"
        let (x, y) = (pick([-3, -2, -1, 1, 2, 3]), pick([-3, -2, -1, 1, 2, 3]))
        let kind = ["add", "multiply", "ReLU", "sigmoid"].randomElement(using: &random)!
        let words = QuizWords.current
        let source: String, asked: String, layer: String, remembered: String, rule: String
        switch kind {
        case "add":
            (source, asked, layer) = ("x = \(n(x)); y = \(n(y))\nout = x + y", operand, words.addLayer)
            remembered = words.addRemembers(n(x), n(y))
            rule = words.addRule
        case "multiply":
            (source, asked, layer) = ("x = \(n(x)); y = \(n(y))\nout = x * y", operand, words.multiplyLayer)
            remembered = words.multiplyRemembers(n(x), n(y))
            rule = words.multiplyRule
        case "ReLU":
            let x = pick([-3, -2, -1, -0.5, 0.5, 1, 2, 3])  // never at the kink, x = 0
            (source, asked, layer) = ("x = \(n(x))\nout = relu(x)", "x", words.reluLayer)
            remembered = words.reluRemembers(n(x))
            rule = words.reluRule
        default:
            // An output a person can work with: x is chosen so that sigmoid(x) is exactly it.
            let out = pick([0.2, 0.25, 0.5, 0.75, 0.8])
            (source, asked, layer) = ("x = \(n(Foundation.log(out / (1 - out))))\nout = sigmoid(x)", "x", words.sigmoidLayer)
            remembered = words.sigmoidRemembers(n(out))
            rule = words.sigmoidRule
        }
        let graph = Graph(source)!
        let evaluation = graph.evaluation
        let g = evaluation.graph
        let output = g.outputs[0]
        let edge = g.edges.first { $0.target == output && g.nodes[$0.source].name == asked }!
        let partial = evaluation.partial(edge)
        let answer = dout * partial
        let numbers = "d\(asked) = dout · \(g.partialName(edge)) = \(n(dout)) · \(NumberFormat.operand(partial))"
        let partials = Pass(.partials, evaluation)
        return QuizQuestion(
            topic: .layer, graph: graph,
            prompt: words.layerPrompt(layer, remembered, n(dout), asked),
            choices: [], answer: .number(answer), answerText: "d\(asked) = \(n(answer))",
            view: View(pass: .forward, revealed: Pass(.forward, evaluation).steps.count - 1, selected: g.index(of: asked)!),
            hints: [rule, "\(numbers) = ?"],
            solution: Solution(partials, steps: [partials.steps.firstIndex { $0.edge == edge }!], evaluation, notation, conclusion: [rule, "\(numbers) = \(n(answer))"]))
    }

    /// `x` as captions write it.
    private static func n(_ x: Double) -> String { NumberFormat.plain(x) }
}
