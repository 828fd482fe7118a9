import GraphEngine
import TextCanvas
import Tutor
import Words

/// What a block's box says: its operation in the top border (`affine(x, W, b)`, `input`), and
/// in the middle its name and shape, `h 2×2`, or in reverse mode its gradient's, `h̄ 2×2`, with
/// `+ …` while shares are still to come, and `h̄ ?` until the pass reaches it. A scalar block
/// shows its number instead of its shape: `L = 30`, `L̄ = 1`.
enum BlockBoxText {
    static func title(_ node: Int, _ graph: BlockGraph) -> String {
        graph.nodes[node].operation == .input ? ExplorerWords.current.inputBox : graph.formula(of: node)
    }

    /// The body while `walkthrough` is played (or none is).
    static func body(_ node: Int, _ evaluation: BlockEvaluation, _ walkthrough: BlockWalkthrough?, _ notation: Notation) -> String {
        let reverse = if case .reverse = walkthrough?.kind { true } else { false }
        let shown = reverse ? BlockWalkthrough.gradient(node, evaluation, walkthrough) : BlockWalkthrough.value(node, evaluation, walkthrough)
        return text(node, evaluation.graph, shown, gradient: reverse, partial: walkthrough?.isPartial(node) ?? false, notation)
    }

    /// `h 2×2`, `h̄ 2×2 + …`, `L = 30`; `h̄ ?` until shown.
    static func text(_ node: Int, _ graph: BlockGraph, _ shown: ArrayValue?, gradient: Bool, partial: Bool, _ notation: Notation) -> String {
        let block = graph.nodes[node]
        let symbol = gradient ? notation.adjoint(block.name) : block.name
        let more = partial ? " + …" : ""
        guard let shown else { return "\(symbol) ?" }
        return block.shape.isScalar ? "\(symbol) = \(NumberFormat.short(shown.entries[0]))\(more)" : "\(symbol) \(block.shape)\(more)"
    }

    /// For every block, the widest title or body it may show in any pass, so boxes are sized
    /// once and never cut their text.
    static func widest(_ evaluation: BlockEvaluation, reverse: BlockPass, _ notation: Notation) -> [Int] {
        let graph = evaluation.graph
        var widest = graph.nodes.indices.map { node in
            [title(node, graph), text(node, graph, evaluation.value(node), gradient: false, partial: false, notation),
             text(node, graph, nil, gradient: false, partial: false, notation), text(node, graph, nil, gradient: true, partial: false, notation)]
                .map(\.displayWidth).max()!
        }
        for step in reverse.steps {
            let partial = if case .contribution(let index, let count) = step.kind { index < count - 1 } else { false }
            widest[step.node] = max(widest[step.node], text(step.node, graph, step.value, gradient: true, partial: partial, notation).displayWidth)
        }
        return widest
    }

    /// The layout of `evaluation`'s blocks, boxes as wide as `widest` says; edges carry no
    /// label, as a block rule is too long for one: the caption and the node panel say it.
    static func layout(_ evaluation: BlockEvaluation, _ notation: Notation) -> GraphLayout {
        let widest = widest(evaluation, reverse: BlockPass(.reverse(output: evaluation.graph.outputs[0]), evaluation), notation)
        return GraphLayout(evaluation.graph, boxWidth: { widest[$0] + 4 }, labelWidth: { _ in 0 })
    }
}
