import GraphEngine
import TextCanvas
import Tutor
import Words

extension ExplorerState {
    /// The graph pane of this state drawn into `rect`, as lessons and the quiz show it: the
    /// detailed boxes, or the overview where they do not fit or `fixedView` asks for it.
    func drawGraphPane(into canvas: inout Canvas, _ rect: Rect) {
        let pane = GraphPane(layout: layout, disclosure: disclosure, selected: selected, notation: notation)
        let switched = fixedView.map { pane.switched(toShow: $0, width: rect.width, detailHeight: rect.height) } ?? false
        let overview = pane.overview(width: rect.width, detailHeight: rect.height, fullHeight: rect.height, switched: switched)
        pane.draw(into: &canvas, rect, overview: overview?.overview)
    }
}

/// The graph pane: every node with the number the current pass is about, every edge and its
/// local partial, the selection and the pass's active step highlighted — as detailed boxes, or
/// as the overview's one-line nodes when the boxes do not fit (or the learner asks, with `z`).
/// It pans to keep the current step's node and edge in view, or the selection when no step is
/// current, and says how many nodes are off screen, and which way, when some are.
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

    /// The overview to draw in a pane `width` columns wide, and how many rows it takes: `nil`
    /// (the detailed boxes) when they fit `width × detailHeight` rows, and the overview
    /// otherwise — the other way round if `switched`. The overview takes `detailHeight` rows if
    /// it fits there, else `fullHeight`.
    func overview(width: Int, detailHeight: Int, fullHeight: Int, switched: Bool) -> (overview: OverviewLayout, height: Int)? {
        let detailFits = layout.width <= width && layout.height <= detailHeight
        guard detailFits == switched else { return nil }
        return OverviewLayout.fitting(layout, disclosure, width: width, heights: [detailHeight, fullHeight])
    }

    /// The `switched` that gives `view` in a pane `width × detailHeight`: the overview, or the
    /// detailed boxes, whatever fits.
    func switched(toShow view: LessonView.GraphView, width: Int, detailHeight: Int) -> Bool {
        let detailFits = layout.width <= width && layout.height <= detailHeight
        return view == .overview ? detailFits : !detailFits
    }

    /// Draws the detailed boxes into `rect`, or `overview` if given; when nodes are off screen,
    /// or the graph is too large to draw its long edges, the last row says so.
    func draw(into canvas: inout Canvas, _ rect: Rect, overview: OverviewLayout? = nil) {
        let boxes = overview?.boxes ?? layout.boxes
        let focus = focusNodes.compactMap { overview == nil ? layout.box(of: $0) : overview!.box(of: $0) }
        let size: (width: Int, height: Int) = overview.map { ($0.width, $0.height) } ?? (layout.width, layout.height)
        func viewport(_ rect: Rect) -> Viewport {
            Viewport(width: rect.width, height: rect.height, layoutWidth: size.width, layoutHeight: size.height, focus: focus)
        }
        func notice(_ view: Viewport) -> String? {
            let parts = [layout.drawsEveryEdge ? nil : Self.longEdgesNotice, view.offScreenNotice(boxes)].compactMap(\.self)
            return parts.isEmpty ? nil : parts.joined(separator: " · ")
        }
        var (pane, view) = (rect, viewport(rect))
        if notice(view) != nil && rect.height > 1 {
            pane = rect.splitRows(at: rect.height - 1).top
            view = viewport(pane)
            let notice = notice(view) ?? ""
            canvas.write(notice, x: max(rect.x, rect.right - notice.displayWidth - 1), y: rect.bottom - 1, style: .bold)
        }
        if let overview {
            drawOverview(overview, into: &canvas, pane, view)
        } else {
            let graph = disclosure.analysis.graph
            GraphView.draw(
                layout, into: &canvas, pane: pane, origin: view.origin,
                box: { (BoxText.title($0, graph), BoxText.body($0, disclosure, notation), nodeStyle($0)) },
                label: { (label($0), labelStyle($0)) }, edgeStyle: edgeStyle)
        }
    }

    /// Routes, then each node's line, then as many labels as fit: all of them if they all do,
    /// else those of the focus edges, beside their edges or on a free row.
    private func drawOverview(_ overview: OverviewLayout, into canvas: inout Canvas, _ pane: Rect, _ view: Viewport) {
        var painter = PanePainter(canvas: canvas, pane: pane, origin: view.origin)
        painter.drawRoutes(overview.routes, flow: overview.arrangement == .topToBottom ? .downward : .rightward, style: edgeStyle)
        for box in overview.boxes where painter.showsPart(from: GraphLayout.Point(x: box.x, y: box.y), width: box.width, height: 1) {
            painter.write(Canvas.printable(overview.line(box.node, disclosure)), at: GraphLayout.Point(x: box.x, y: box.y), style: nodeStyle(box.node))
        }
        let edges = overview.routes.map(\.edge)
        let focus = focusEdges.compactMap { edges.firstIndex(of: $0) }
        let order = focus + edges.indices.filter { !focus.contains($0) }
        // Written out as placing asks for them: all of them only if all might fit.
        let texts = edges.lazy.map(label)
        let all = LabelPlacement.place(order.lazy.map { ($0, texts[$0].displayWidth) }, in: overview, view: view, allOrNothing: true)
        let shown = all.map { (order, $0) }
            ?? (focus, LabelPlacement.place(focus.map { ($0, texts[$0].displayWidth) }, in: overview, view: view, allOrNothing: false)!)
        var legend: [Int] = []
        for (route, cell) in zip(shown.0, shown.1) {
            if let cell { painter.write(Canvas.printable(texts[route]), at: cell, style: labelStyle(edges[route])) } else { legend.append(route) }
        }
        // Focus labels with no room beside their edge go on a row of the pane below (or above)
        // the graph, if it has one; they name their edge, so they need not sit beside it.
        let freeRows = (view.origin.y..<(view.origin.y + view.height)).filter { $0 < 0 || $0 >= overview.height }
        if let row = freeRows.last {
            var x = view.origin.x + 1
            for route in legend where x + texts[route].displayWidth <= view.origin.x + view.width {
                painter.write(Canvas.printable(texts[route]), at: GraphLayout.Point(x: x, y: row), style: labelStyle(edges[route]))
                x += texts[route].displayWidth + 3
            }
        }
        canvas = painter.canvas
    }

    /// The nodes to keep in view: the current step's node, the ends of its edge and of the path
    /// being shown; with no current step, the selection.
    private var focusNodes: [Int] {
        guard let step = disclosure.walkthrough?.current else { return [selected] }
        return [step.node] + focusEdges.flatMap { [$0.source, $0.target] }
    }

    /// The edges whose partials matter now: the current step's edge, else the edges into its
    /// node; the edges of the path being shown; the edges into the selection.
    private var focusEdges: [Edge] {
        let graph = disclosure.analysis.graph
        let step = disclosure.walkthrough?.current
        var edges = step.map { step in step.edge.map { [$0] } ?? graph.edges.filter { $0.target == step.node } } ?? []
        edges += (disclosure.walkthrough?.currentPathEdges ?? []).sorted { ($0.target, $0.position) < ($1.target, $1.position) }
        edges += graph.edges.filter { $0.target == selected }
        return edges.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    private func nodeStyle(_ node: Int) -> Style {
        Self.nodeStyle(selected: node == selected, current: node == disclosure.walkthrough?.current?.node, output: disclosure.analysis.graph.outputs.contains(node))
    }

    /// A node's style: cyan when selected, reversed yellow while its step is played, bold for an output.
    static func nodeStyle(selected: Bool, current: Bool, output: Bool) -> Style {
        var style = Style()
        if selected { style = Style(.bold, color: .cyan) }
        if current { style = style.union(Style(.reverse, color: .yellow)) }
        if output && !selected { style = style.union(.bold) }
        return style
    }

    private func isActive(_ edge: Edge) -> Bool {
        edge == disclosure.walkthrough?.current?.edge || (disclosure.walkthrough?.currentPathEdges ?? []).contains(edge)
    }

    private func label(_ edge: Edge) -> String {
        EdgeLabel.text(edge, disclosure.analysis.evaluation, known: disclosure.partial(edge) != nil)
    }

    private func labelStyle(_ edge: Edge) -> Style {
        isActive(edge) ? Self.highlight : disclosure.partial(edge) != nil ? .plain : .dim
    }

    private func edgeStyle(_ edge: Edge) -> Style {
        Self.edgeStyle(active: isActive(edge))
    }

    /// An edge's style: highlighted while its step is played, else blue.
    static func edgeStyle(active: Bool) -> Style {
        active ? highlight : Style(color: .blue)
    }

    private static let highlight = Style(.bold, color: .yellow)

    /// What the pane says when `GraphLayout.drawsEveryEdge` is false; the node panel still
    /// names the selection's operands and partials, and the caption each step's edge.
    static var longEdgesNotice: String { ExplorerWords.current.longEdgesLeftOut }
}
