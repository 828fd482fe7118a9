import GraphEngine
import Words

/// The array rules of lesson 13 as questions: one entry of a gradient on a batch of two rows,
/// with the gradient from above, dL/dY, given (the loss is L = sum(Y ⊙ G), so dL/dY = G).
/// The matrix product's dL/dW and dL/dX, the bias's dL/db (a sum over the batch), ReLU's
/// dL/dZ through its mask. The block engine computes the answer.
extension QuizQuestion {
    static func arrays(_ notation: Notation, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        func matrix(_ values: [Double]) -> ArrayValue {
            ArrayValue(shape: .matrix(2, 2), entries: (0..<4).map { _ in values.randomElement(using: &random)! })
        }
        let numbers: [Double] = [-3, -2, -1, 1, 2, 3]
        let (x, w, g) = (matrix(numbers), matrix(numbers), matrix(numbers))
        let (row, column) = (Int.random(in: 1...2, using: &random), Int.random(in: 1...2, using: &random))
        let words = QuizWords.current
        let kind = Int.random(in: 0..<4, using: &random)
        let source: String, asked: String, entry: String, prompt: String, rule: String, terms: [String]
        switch kind {
        case 0, 1:
            // dL/dW = Xᵀ · G, entry (i, j) a column of X times a column of G; or dL/dX = G · Wᵀ,
            // a row of G times a row of W.
            let weight = kind == 0
            source = "X = \(x); W = \(w); G = \(g)\nY = X @ W\nL = sum(Y * G)"
            (asked, entry) = (weight ? "W" : "X", "[\(row),\(column)]")
            prompt = (weight ? words.weightEntryPrompt : words.inputEntryPrompt)(x, w, g, row, column)
            rule = weight ? words.weightEntryRule : words.inputEntryRule
            terms = (1...2).map { k in weight ? "\(x.number(k, row))·\(g.number(k, column))" : "\(g.number(row, k))·\(w.number(column, k))" }
        case 2:
            let b = ArrayValue(shape: .vector(2), entries: (0..<2).map { _ in numbers.randomElement(using: &random)! })
            source = "X = \(x); W = \(w); b = \(b); G = \(g)\nY = affine(X, W, b)\nL = sum(Y * G)"
            (asked, entry) = ("b", "[\(column)]")
            prompt = words.biasEntryPrompt(x, w, b, g, column)
            rule = words.biasEntryRule
            terms = (1...2).map { n in g.number(n, column) }
        default:
            // Both signs, so the mask is set somewhere and clear somewhere.
            var z = matrix(numbers)
            while Set(z.entries.map { $0 > 0 }).count < 2 { z = matrix(numbers) }
            source = "Z = \(z); G = \(g)\nH = relu(Z)\nL = sum(H * G)"
            (asked, entry) = ("Z", "[\(row),\(column)]")
            prompt = words.maskEntryPrompt(z, g, row, column)
            rule = words.maskEntryRule
            let value = z.entries[(row - 1) * 2 + column - 1]
            terms = [(value > 0 ? words.maskClear : words.maskSet)("Z[\(row),\(column)]", NumberFormat.plain(value))]
        }
        let blocks = BlockEvaluation(try! BlockGraph(parsing: source))
        let (node, output) = (blocks.graph.index(of: asked)!, blocks.graph.outputs[0])
        let index = EntryReference(asked + entry)!.entry(in: blocks.graph.nodes[node].shape)!
        let answer = BlockAdjointSweep(blocks, output: output).adjoints[node][index]
        let name = "dL/d\(asked)\(entry)"
        let working = kind == 3 ? terms[0] : "\(name) = \(terms.joined(separator: " + "))"
        // The pane draws the blocks, the one asked selected; the solution plays the shares the
        // reverse pass of the scalar graph it lowers to adds into the entry asked.
        let lowering = BlockLowering(blocks)
        let evaluation = lowering.evaluation
        let entryNode = lowering.entries[node][index]
        let reverse = Pass(.reverse(output: evaluation.graph.outputs[0]), evaluation)
        let shares = reverse.steps.indices.filter { reverse.steps[$0].node == entryNode }
        return QuizQuestion(
            topic: .arrays, graph: Graph(source: source, inputs: [:], outputs: nil, evaluation: evaluation, blocks: blocks),
            prompt: prompt, choices: [], answer: .number(answer), answerText: "\(name) = \(NumberFormat.plain(answer))",
            view: View(pass: nil, revealed: 0, selected: node),
            hints: [rule, kind == 3 ? working : "\(working) = ?"],
            solution: Solution(reverse, steps: shares, evaluation, notation, conclusion: [rule, kind == 3 ? "\(working): \(name) = \(NumberFormat.plain(answer))" : "\(working) = \(NumberFormat.plain(answer))"]))
    }
}

extension ArrayValue {
    /// Entry (`row`, `column`) of a matrix, counted from 1, as a factor in a product: `(-2)`.
    fileprivate func number(_ row: Int, _ column: Int) -> String {
        NumberFormat.operand(entries[(row - 1) * shape.grid.columns + column - 1])
    }
}
