import GraphEngine
import TextCanvas

/// Puts layout cells onto a canvas through a pane, panned so that the layout point `origin`
/// shows at the pane's top-left corner. Nothing is drawn outside the pane.
struct PanePainter {
    /// Which way edges run: from a source on the left, or from one above.
    enum Flow {
        case rightward, downward
    }

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

    /// Whether any cell of the `width × height` block whose top-left corner is `corner` is
    /// visible: what lies wholly outside need not even be written out.
    func showsPart(from corner: GraphLayout.Point, width: Int, height: Int) -> Bool {
        corner.x < origin.x + pane.width && corner.x + width > origin.x && corner.y < origin.y + pane.height && corner.y + height > origin.y
    }

    mutating func put(_ character: Character, at point: GraphLayout.Point, style: Style) {
        guard isVisible(point) else { return }
        canvas[pane.x + point.x - origin.x, pane.y + point.y - origin.y] = Cell(character, style)
    }

    mutating func write(_ characters: [Character], at point: GraphLayout.Point, style: Style) {
        var x = point.x
        for character in characters {
            put(character, at: GraphLayout.Point(x: x, y: point.y), style: style)
            x += character.displayWidth
        }
    }

    /// Draws routes, each from the cell beside its source to the cell beside its target. Where
    /// routes share a cell, its character joins them all and its style is the last route's that
    /// is not plain, so a highlighted edge stays visible along a shared run. A route's last cell
    /// is an arrowhead: `▶` flowing rightward; flowing downward `▼` where it runs straight down,
    /// else the joint that turns it down.
    mutating func drawRoutes(_ routes: [(edge: Edge, cells: [GraphLayout.Point])], flow: Flow, style: (Edge) -> Style) {
        let (fromSource, toTarget): (Sides, Sides) = flow == .rightward ? (.left, []) : (.up, .down)
        var lines: [GraphLayout.Point: (sides: Sides, style: Style)] = [:]
        var arrowheads: [GraphLayout.Point: Style] = [:]
        for route in routes {
            let routeStyle = style(route.edge)
            for (index, cell) in route.cells.enumerated() where isVisible(cell) {
                var sides: Sides = index == 0 ? fromSource : []
                if index == route.cells.count - 1 { sides.formUnion(toTarget) }
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
            if let style = arrowheads[cell], flow == .rightward || line.sides == [.up, .down] {
                put(flow == .rightward ? "▶" : "▼", at: cell, style: style)
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
}
