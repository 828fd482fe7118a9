import GraphEngine
import TextCanvas
import Tutor

/// The graph pane: every node's box with the number the current pass is about, every edge
/// labelled with its local partial, the selection and the pass's active step highlighted. It
/// pans to keep the selected node in view.
public struct GraphPane: Sendable {
    public let layout: GraphLayout
    public let disclosure: Disclosure
    public let selected: Int
    public let notation: Notation

    public init(layout: GraphLayout, disclosure: Disclosure, selected: Int, notation: Notation) {
        self.layout = layout
        self.disclosure = disclosure
        self.selected = selected
        self.notation = notation
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect) {
        let graph = disclosure.analysis.graph
        let evaluation = disclosure.analysis.evaluation
        let walkthrough = disclosure.walkthrough
        let current = walkthrough?.current
        let pathEdges = walkthrough?.currentPathEdges ?? []
        let highlight = Style(.bold, color: .yellow)
        GraphView.draw(
            layout, into: &canvas, pane: rect, origin: layout.origin(centering: selected, in: (rect.width, rect.height)),
            box: { node in
                var style = Style()
                if node == selected { style = Style(.bold, color: .cyan) }
                if node == current?.node { style = style.union(Style(.reverse, color: .yellow)) }
                if graph.outputs.contains(node) && node != selected { style = style.union(.bold) }
                return (BoxText.title(node, graph), BoxText.body(node, disclosure, notation), style)
            },
            label: { edge in
                let known = disclosure.partial(edge) != nil
                let active = edge == current?.edge || pathEdges.contains(edge)
                return (EdgeLabel.text(edge, evaluation, known: known), active ? highlight : known ? .plain : .dim)
            },
            edgeStyle: { edge in
                edge == current?.edge || pathEdges.contains(edge) ? highlight : Style(color: .blue)
            })
    }
}
