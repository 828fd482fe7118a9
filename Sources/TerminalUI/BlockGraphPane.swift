import GraphEngine
import TextCanvas
import Tutor

/// The graph pane of an array graph: each block a box with its operation, its name and shape
/// (or its number, for a scalar), the selection and the step being played highlighted, panned
/// to keep that step's block and edge in view (or the selection when no step is), and saying
/// how many blocks are off screen and which way. Lessons draw it as the explorer does.
public struct BlockGraphPane: Sendable {
    public let layout: GraphLayout
    public let evaluation: BlockEvaluation
    public let walkthrough: BlockWalkthrough?
    public let selected: Int
    public let notation: Notation

    /// The pane of `evaluation` laid out by `layout` (see `BlockGraphPane.layout`).
    public init(layout: GraphLayout, evaluation: BlockEvaluation, walkthrough: BlockWalkthrough?, selected: Int, notation: Notation = .marks) {
        self.layout = layout
        self.evaluation = evaluation
        self.walkthrough = walkthrough
        self.selected = selected
        self.notation = notation
    }

    /// The layout for `evaluation`'s pane: boxes sized once for every pass, edges unlabelled.
    public static func layout(_ evaluation: BlockEvaluation, notation: Notation = .marks) -> GraphLayout {
        BlockBoxText.layout(evaluation, notation)
    }

    /// Draws the pane into `rect`; its last row says how many blocks are off screen, if any are.
    public func draw(into canvas: inout Canvas, _ rect: Rect) {
        let step = walkthrough?.current
        let focusNodes = step.map { [$0.node] + ($0.edge.map { [$0.source, $0.target] } ?? []) } ?? [selected]
        let focus = focusNodes.compactMap(layout.box(of:))
        func viewport(_ rect: Rect) -> Viewport {
            Viewport(width: rect.width, height: rect.height, layoutWidth: layout.width, layoutHeight: layout.height, focus: focus)
        }
        var (pane, view) = (rect, viewport(rect))
        if view.offScreenNotice(layout.boxes) != nil && rect.height > 1 {
            pane = rect.splitRows(at: rect.height - 1).top
            view = viewport(pane)
            let notice = view.offScreenNotice(layout.boxes) ?? ""
            canvas.write(notice, x: max(rect.x, rect.right - notice.displayWidth - 1), y: rect.bottom - 1, style: .bold)
        }
        let graph = evaluation.graph
        GraphView.draw(
            layout, into: &canvas, pane: pane, origin: view.origin,
            box: { node in
                let style = GraphPane.nodeStyle(selected: node == selected, current: node == step?.node, output: graph.outputs.contains(node))
                return (BlockBoxText.title(node, graph), BlockBoxText.body(node, evaluation, walkthrough, notation), style)
            },
            label: { _ in ("", .plain) },
            edgeStyle: { GraphPane.edgeStyle(active: $0 == step?.edge) })
    }
}
