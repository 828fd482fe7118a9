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
    /// and edge's text and style. Where routes share a cell, its character joins them all and its
    /// style is the last route's that is not plain, so a highlighted edge stays visible along a
    /// shared run. Labels longer than their slot are cut to it.
    public static func draw(
        _ layout: GraphLayout, into canvas: inout Canvas, pane: Rect, origin: GraphLayout.Point,
        box: (Int) -> (title: String, body: String, style: Style),
        label: (Edge) -> (text: String, style: Style),
        edgeStyle: (Edge) -> Style
    ) {
        var painter = Painter(canvas: canvas, pane: pane, origin: origin)
        painter.drawRoutes(layout.routes, style: edgeStyle)
        for route in layout.routes {
            let (text, style) = label(route.edge)
            painter.write(Array(Canvas.printable(text).prefix(route.labelWidth)), at: route.label, style: style)
        }
        let exits = Set(layout.routes.compactMap { $0.cells.first.map { GraphLayout.Point(x: $0.x - 1, y: $0.y) } })
        for frame in layout.boxes {
            let (title, body, style) = box(frame.node)
            painter.drawBox(frame, title: title, body: body, style: style, exits: exits)
        }
        canvas = painter.canvas
    }
}

extension GraphLayout {
    /// Where a view of `size` should start so that `node`'s box is in view: a layout that fits
    /// is centred; a larger one is centred on the box, without showing space beyond its edges.
    /// It depends only on the selection, so the view never drifts.
    public func origin(centering node: Int, in size: (width: Int, height: Int)) -> Point {
        func axis(_ start: Int, _ length: Int, _ total: Int, _ view: Int) -> Int {
            total <= view ? -(view - total) / 2 : max(0, min(total - view, start + length / 2 - view / 2))
        }
        guard let box = box(of: node) else { return Point(x: 0, y: 0) }
        return Point(x: axis(box.x, box.width, width, size.width), y: axis(box.y, box.height, height, size.height))
    }
}

/// Puts layout cells onto the canvas through the pane.
private struct Painter {
    var canvas: Canvas
    let pane: Rect
    let origin: GraphLayout.Point

    /// The sides of a cell that a line leaves by.
    private struct Sides: OptionSet {
        let rawValue: UInt8
        static let left = Sides(rawValue: 1), right = Sides(rawValue: 2), up = Sides(rawValue: 4), down = Sides(rawValue: 8)
    }

    func isVisible(_ point: GraphLayout.Point) -> Bool {
        let (x, y) = (point.x - origin.x, point.y - origin.y)
        return x >= 0 && y >= 0 && x < pane.width && y < pane.height
    }

    mutating func put(_ character: Character, at point: GraphLayout.Point, style: Style) {
        guard isVisible(point) else { return }
        canvas[pane.x + point.x - origin.x, pane.y + point.y - origin.y] = Cell(character, style)
    }

    mutating func write(_ characters: [Character], at point: GraphLayout.Point, style: Style) {
        for (offset, character) in characters.enumerated() {
            put(character, at: GraphLayout.Point(x: point.x + offset, y: point.y), style: style)
        }
    }

    mutating func drawRoutes(_ routes: [GraphLayout.Route], style: (Edge) -> Style) {
        var lines: [GraphLayout.Point: (sides: Sides, style: Style)] = [:]
        var arrowheads: [GraphLayout.Point: Style] = [:]
        for route in routes {
            let routeStyle = style(route.edge)
            for (index, cell) in route.cells.enumerated() where isVisible(cell) {
                var sides: Sides = index == 0 ? .left : []
                for neighbour in [index - 1, index + 1] where route.cells.indices.contains(neighbour) {
                    let other = route.cells[neighbour]
                    sides.insert(other.x < cell.x ? .left : other.x > cell.x ? .right : other.y < cell.y ? .up : .down)
                }
                let old = lines[cell] ?? ([], .plain)
                lines[cell] = (old.sides.union(sides), routeStyle == .plain ? old.style : routeStyle)
            }
            if let last = route.cells.last, isVisible(last) { arrowheads[last] = routeStyle }
        }
        for (cell, line) in lines {
            if let style = arrowheads[cell] {
                put("▶", at: cell, style: style)
            } else {
                put(character(joining: line.sides), at: cell, style: line.style)
            }
        }
    }

    private func character(joining sides: Sides) -> Character {
        if sides.isSubset(of: [.left, .right]) { return "─" }
        if sides.isSubset(of: [.up, .down]) { return "│" }
        switch sides {
        case [.down, .right]: return "┌"
        case [.down, .left]: return "┐"
        case [.up, .right]: return "└"
        case [.up, .left]: return "┘"
        case [.up, .down, .right]: return "├"
        case [.up, .down, .left]: return "┤"
        case [.left, .right, .down]: return "┬"
        case [.left, .right, .up]: return "┴"
        default: return "┼"
        }
    }

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
