import GraphEngine
import Words

/// The words for a step of a block pass, numbers substituted where they are few:
/// `dL/dx = dL/dh · Wᵀ = [1, 1, 2; 1, 1, 2]   (2×2 · 2×3 → 2×3)`, in the language being spoken.
/// The rules are the engine's (`BlockGraph.reverseRule`), derivatives written `dL/dx` in
/// `notation`, a later share of one gradient `dL/dx += …`.
public enum BlockCaption {
    /// The most entries an array has to be written out in a caption; larger ones are `…`.
    public static let inlineEntries = 8

    /// `step` of a pass over `evaluation`, as one line.
    public static func text(_ step: BlockPass.Step, _ evaluation: BlockEvaluation, _ kind: BlockPass.Kind, _ notation: Notation = .marks) -> String {
        let graph = evaluation.graph
        let block = graph.nodes[step.node]
        switch step.kind {
        case .evaluation:
            let equation = "\(block.name) = \(inline(step.value))"
            guard block.operation != .input else { return CaptionWords.current.inputEquation(equation) + "   (\(block.shape))" }
            let shapes = block.operands.map { "\(graph.nodes[$0].shape)" }.joined(separator: ", ")
            return "\(block.name) = \(graph.formula(of: step.node)) = \(inline(step.value))   (\(shapes) → \(block.shape))"
        case .seed:
            let derivative = notation.total(block.name, block.name)
            return block.shape.isScalar ? BlockCaptionWords.current.seed(derivative) : BlockCaptionWords.current.seedEveryEntry(derivative, block.name)
        case .contribution(let index, let count):
            guard let edge = step.edge, let share = step.share, case .reverse(let output) = kind else { return "" }
            let loss = graph.nodes[output].name
            let rule = graph.reverseRule(edge) { notation.total(loss, $0) }
            var formula = rule.formula
            if index > 0, let equals = formula.range(of: " = ") { formula.replaceSubrange(equals, with: " += ") }
            var text = "\(formula) = \(inline(share))   (\(rule.shapes))"
            if count > 1 { text += CaptionWords.current.shareOfUses(Caption.ordinal(index + 1), count, block.name) }
            return text
        }
    }

    /// The pass's name for people: `forward values`, `reverse mode from L`.
    public static func title(_ kind: BlockPass.Kind, _ graph: BlockGraph) -> String {
        switch kind {
        case .forward: CaptionWords.current.forwardTitle
        case .reverse(let output): CaptionWords.current.reverseTitle(graph.nodes[output].name)
        }
    }

    /// What a pass gave, in a line for its end: `done: dL/dx, dL/dW, dL/db from one reverse
    /// sweep (5 block edges)`.
    public static func summary(_ pass: BlockPass, _ graph: BlockGraph, _ notation: Notation = .marks) -> String {
        switch pass.kind {
        case .forward:
            return BlockCaptionWords.current.forwardDone(pass.steps.count)
        case .reverse(let output):
            let loss = graph.nodes[output].name
            let gradients = graph.inputs.map { notation.total(loss, graph.nodes[$0].name) }
            return BlockCaptionWords.current.reverseDone(gradients.joined(separator: CaptionWords.current.listSeparator), pass.steps.count - 1)
        }
    }

    /// `value` as graph text writes it when it has few entries, else `…`.
    static func inline(_ value: ArrayValue) -> String {
        value.entries.count <= inlineEntries ? value.text(NumberFormat.short) : "…"
    }
}
