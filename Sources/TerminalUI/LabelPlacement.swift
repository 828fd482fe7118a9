/// Where the overview's edge labels go: beside their own route, as near its target as there is
/// room, in cells that hold no line, no node and no other label, and never touching a node's or
/// another label's text (nor, left to right, lying just above or below a node other than the
/// edge's target, where they would seem to be about it), all inside the part of the layout in view.
enum LabelPlacement {
    /// The leftmost cell of each label in `labels` (a route of `overview` and the label's width),
    /// placed in order; nil for a label that found no room. With `allOrNothing` it gives up, and
    /// answers nil, at the first label that finds none.
    ///
    /// Only cells in view are ever asked about, so only lines and nodes in view are noted: a
    /// large graph costs what the view shows, not the whole layout.
    ///
    /// - Complexity: O(*c* · *w*) per label for a route of *c* cells and a label *w* wide, after
    ///   O(*r*) for the route cells *r* of the layout.
    static func place(_ labels: some Sequence<(route: Int, width: Int)>, in overview: OverviewLayout, view: Viewport, allOrNothing: Bool) -> [GraphLayout.Point?]? {
        func inView(_ cell: GraphLayout.Point) -> Bool {
            cell.x >= view.origin.x && cell.x < view.origin.x + view.width && cell.y >= view.origin.y && cell.y < view.origin.y + view.height
        }
        var taken = Set(overview.routes.lazy.flatMap(\.cells).filter(inView))
        func reserve(_ x: Int, _ y: Int, width: Int) {
            for column in (x - 1)...(x + width) { taken.insert(GraphLayout.Point(x: column, y: y)) }
        }
        var nodeBeside: [GraphLayout.Point: Int] = [:]
        for box in overview.boxes where box.y + 1 >= view.origin.y && box.y - 1 < view.origin.y + view.height
            && box.x + box.width + 1 >= view.origin.x && box.x - 1 < view.origin.x + view.width {
            reserve(box.x, box.y, width: box.width)
            if overview.arrangement != .topToBottom {
                for x in box.x..<(box.x + box.width) {
                    nodeBeside[GraphLayout.Point(x: x, y: box.y - 1)] = box.node
                    nodeBeside[GraphLayout.Point(x: x, y: box.y + 1)] = box.node
                }
            }
        }
        func fits(_ x: Int, _ y: Int, width: Int, target: Int) -> Bool {
            guard x >= view.origin.x, y >= view.origin.y, x + width <= view.origin.x + view.width, y < view.origin.y + view.height else { return false }
            return (x..<(x + width)).allSatisfy { x in
                let cell = GraphLayout.Point(x: x, y: y)
                return !taken.contains(cell) && (nodeBeside[cell] ?? target) == target
            }
        }
        var placed: [GraphLayout.Point?] = []
        for (route, width) in labels {
            var spot: GraphLayout.Point?
            let target = overview.routes[route].edge.target
            for cell in overview.routes[route].cells.reversed() where spot == nil {
                let (x, y) = (cell.x, cell.y)
                let beside = [(x + 1, y), (x - width, y), (x - width + 1, y - 1), (x - width + 1, y + 1), (x, y - 1), (x, y + 1)]
                spot = beside.first { fits($0.0, $0.1, width: width, target: target) }.map { GraphLayout.Point(x: $0.0, y: $0.1) }
            }
            if let spot {
                reserve(spot.x, spot.y, width: width)
                placed.append(spot)
            } else if allOrNothing {
                return nil
            } else {
                placed.append(nil)
            }
        }
        return placed
    }
}
