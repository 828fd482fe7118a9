import GraphEngine
import TextCanvas

/// Draws a `GraphLayout` into a pane of a `Canvas`, panned so that the layout point `origin`
/// shows at the pane's top-left corner. Nothing is drawn outside the pane.
///
/// Boxes are drawn with their title inside the top border and their body on the middle row:
///
///     ┌ e ────────┐
///     │ c · d = 6 ├──
///     └───────────┘
///
/// so a box needs `max(title, body) + 4` columns. Routes join where they meet (`├ ┬ ┼ …`), end in
/// `▶`, and start at a `├` on their source's border. (`Canvas.makeASCII` turns all of these into
/// `+ - | >` for terminals that draw box-drawing characters two columns wide or not at all.)
public enum GraphView {
    /// Draws `layout` into `pane` of `canvas`; `box`, `label` and `edgeStyle` give each node's
    /// and edge's text and style (see `PanePainter.drawRoutes` for routes that share cells).
    /// Labels longer than their slot are cut to it.
    public static func draw(
        _ layout: GraphLayout, into canvas: inout Canvas, pane: Rect, origin: GraphLayout.Point,
        box: (Int) -> (title: String, body: String, style: Style),
        label: (Edge) -> (text: String, style: Style),
        edgeStyle: (Edge) -> Style
    ) {
        var painter = PanePainter(canvas: canvas, pane: pane, origin: origin)
        painter.drawRoutes(layout.routes.map { ($0.edge, $0.cells) }, flow: .rightward, style: edgeStyle)
        for route in layout.routes where painter.showsPart(from: route.label, width: route.labelWidth, height: 1) {
            let (text, style) = label(route.edge)
            painter.write(Array(Canvas.printable(text).prefix(route.labelWidth)), at: route.label, style: style)
        }
        let exits = Set(layout.routes.compactMap { $0.cells.first.map { GraphLayout.Point(x: $0.x - 1, y: $0.y) } })
        for frame in layout.boxes where painter.showsPart(from: GraphLayout.Point(x: frame.x, y: frame.y), width: frame.width, height: frame.height) {
            let (title, body, style) = box(frame.node)
            painter.drawBox(frame, title: title, body: body, style: style, exits: exits)
        }
        canvas = painter.canvas
    }
}

extension PanePainter {
    /// Draws a box's border, its title inside the top border and its body on the middle row;
    /// the right border shows `├` where a route leaves (`exits` holds those border cells).
    mutating func drawBox(_ box: GraphLayout.Box, title: String, body: String, style: Style, exits: Set<GraphLayout.Point>) {
        let (right, bottom) = (box.x + box.width - 1, box.y + box.height - 1)
        for y in box.y...bottom {
            for x in box.x...right {
                let top = y == box.y, base = y == bottom, side = x == box.x || x == right
                let character: Character
                switch (top || base, side) {
                case (true, true): character = top ? (x == box.x ? "┌" : "┐") : (x == box.x ? "└" : "┘")
                case (true, false): character = "─"
                case (false, true) where x == right && exits.contains(GraphLayout.Point(x: x, y: y)): character = "├"
                case (false, true): character = "│"
                case (false, false): character = " "
                }
                put(character, at: GraphLayout.Point(x: x, y: y), style: style)
            }
        }
        let inner = box.width - 2
        if !title.isEmpty {
            write(Array(([" "] + Canvas.printable(title) + [" "]).prefix(inner)), at: GraphLayout.Point(x: box.x + 1, y: box.y), style: style)
        }
        write(Array(([" "] + Canvas.printable(body)).prefix(inner)), at: GraphLayout.Point(x: box.x + 1, y: box.y + 1), style: style)
    }
}
