import GraphEngine
import TextCanvas
import Tutor
import Words

/// The panel about one node: what it computes, its value, the partials on its incoming edges,
/// its tangent and adjoint once shown (with the contributions a sweep has added so far), and
/// what its backward step keeps. When the panel is short of room, the least needed lines go
/// first, so what is left is never cut mid-sentence.
enum NodePanel {
    /// The panel's text for `node`, wrapped to `width` with a hanging indent, in `height` rows.
    static func pane(_ node: Int, _ disclosure: Disclosure, _ notation: Notation, width: Int, height: Int) -> TextPane {
        TextPane.fitting(lines(node, disclosure, notation), width: width, height: height)
    }

    /// The lines, each with its rank: 0 is always shown, higher ranks give way first.
    static func lines(_ node: Int, _ disclosure: Disclosure, _ notation: Notation) -> [(text: String, rank: Int)] {
        let analysis = disclosure.analysis
        let graph = analysis.graph
        let name = graph.nodes[node].name
        let operation = graph.operations[node]
        let words = ExplorerWords.current
        let label = Self.labels(words)
        var lines: [(text: String, rank: Int)] = []
        if operation == .input {
            lines.append((words.inputLine(name), 0))
        } else {
            lines.append(("\(name) = \(graph.formula(of: node))   [\(operation.symbol)]", 0))
            if graph.formula(of: node).contains("%") { lines.append((label(words.writtenLabel) + graph.nodes[node].expression, 3)) }
        }
        let value = disclosure.value(node)
        lines.append((label(words.valueLabel) + (value.map(NumberFormat.plain) ?? "?"), 0))
        let incoming = graph.edges.filter { $0.target == node }
        if !incoming.isEmpty {
            lines.append((label(words.partialsLabel) + incoming.map { EdgeLabel.text($0, analysis.evaluation, known: value != nil) }.joined(separator: "  "), 2))
        }
        let pass = disclosure.walkthrough?.kind
        if let tangent = tangent(node, disclosure) {
            lines += derivative(label(words.tangentLabel), tangent, disclosure, notation, rank: pass?.name == .tangent ? 1 : 3)
        }
        lines += derivative(label(words.adjointLabel), .adjoint(node, output: adjointOutput(disclosure)), disclosure, notation, rank: pass?.name == .reverse ? 1 : 3)
        let operands = graph.operands(of: node).map(graph.operandText)
        let remembers = BackwardMemory.text(operation, operands.first ?? name, operands.count > 1 ? operands[1] : "", name)
        lines.append((words.backwardKeeps(remembers), 2))
        return lines
    }

    /// Pads a line's label so the lines' values start in one column: `value    2`.
    private static func labels(_ words: ExplorerWords) -> (String) -> String {
        let labels = [words.writtenLabel, words.valueLabel, words.partialsLabel, words.tangentLabel, words.adjointLabel]
        let width = labels.map(\.displayWidth).max()! + 1
        return { $0.padded(toWidth: width) }
    }

    /// `ḃ = 1  (db/da)`, or `b̄ = 3 + …  (de/db; 1 of 2 so far)` with the contributions received.
    private static func derivative(_ label: String, _ quantity: Quantity, _ disclosure: Disclosure, _ notation: Notation, rank: Int) -> [(text: String, rank: Int)] {
        let evaluation = disclosure.analysis.evaluation
        let partial = disclosure.isPartial(quantity)
        let text = BoxText.text(quantity, disclosure.number(quantity), evaluation.graph, notation, partial: partial)
        var meaning = quantity.meaning(in: evaluation.graph, notation) ?? ""
        let received = disclosure.passComputes(quantity) ? disclosure.walkthrough?.revealedShares(of: quantity.node) ?? [] : []
        if let shares = disclosure.walkthrough?.shares(of: quantity.node), partial {
            meaning += ExplorerWords.current.sharesSoFar(shares.received, shares.count)
        }
        return [("\(label)\(text)  (\(meaning))", rank)] + received.map { ("  + " + Caption.share($0, evaluation, notation), 4) }
    }

    /// The node's tangent for the input of the forward-mode pass, else for the node itself if
    /// it is an input, else for the first input; nil when the graph has no input.
    private static func tangent(_ node: Int, _ disclosure: Disclosure) -> Quantity? {
        let graph = disclosure.analysis.graph
        if case .tangent(let input) = disclosure.walkthrough?.kind { return .tangent(node, input: input) }
        let input = graph.operations[node] == .input ? node : disclosure.analysis.inputs.first
        return input.map { .tangent(node, input: $0) }
    }

    /// The output of the reverse-mode pass, else the first output.
    private static func adjointOutput(_ disclosure: Disclosure) -> Int {
        if case .reverse(let output) = disclosure.walkthrough?.kind { return output }
        return disclosure.analysis.outputs[0]
    }
}
