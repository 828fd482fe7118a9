import Foundation
import GraphEngine

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
        let source: String, asked: String, remembered: String, rule: String
        switch kind {
        case "add":
            (source, asked) = ("x = \(n(x)); y = \(n(y))\nout = x + y", operand)
            remembered = "took x = \(n(x)) and y = \(n(y)) and remembered nothing"
            rule = "add passes dout on unchanged to both inputs"
        case "multiply":
            (source, asked) = ("x = \(n(x)); y = \(n(y))\nout = x * y", operand)
            remembered = "took x = \(n(x)) and y = \(n(y)) and remembered both"
            rule = "multiply gives each input dout times the other input: dx = dout · y, dy = dout · x"
        case "ReLU":
            let x = pick([-3, -2, -1, -0.5, 0.5, 1, 2, 3])  // never at the kink, x = 0
            (source, asked) = ("x = \(n(x))\nout = relu(x)", "x")
            remembered = "took x = \(n(x)) and remembered the mask x ≤ 0"
            rule = "ReLU passes dout where x > 0 and gives 0 where the mask x ≤ 0 is set"
        default:
            // An output a person can work with: x is chosen so that sigmoid(x) is exactly it.
            let out = pick([0.2, 0.25, 0.5, 0.75, 0.8])
            (source, asked) = ("x = \(n(Foundation.log(out / (1 - out))))\nout = sigmoid(x)", "x")
            remembered = "gave out = \(n(out)) and remembered it"
            rule = "sigmoid multiplies dout by out · (1 − out): dx = dout · out · (1 − out)"
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
            prompt: "\(kind == "add" ? "An" : "A") \(kind) layer's forward pass \(remembered). Its backward pass gets dout = \(n(dout)). What is d\(asked)?",
            choices: [], answer: .number(answer), answerText: "d\(asked) = \(n(answer))",
            view: View(pass: .forward, revealed: Pass(.forward, evaluation).steps.count - 1, selected: g.index(of: asked)!),
            hints: [rule, "\(numbers) = ?"],
            solution: Solution(partials, steps: [partials.steps.firstIndex { $0.edge == edge }!], evaluation, notation, conclusion: [rule, "\(numbers) = \(n(answer))"]))
    }

    /// `x` as captions write it.
    private static func n(_ x: Double) -> String { NumberFormat.plain(x) }
}
