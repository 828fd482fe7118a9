import GraphEngine
import TextCanvas

/// Where a graph's boxes, edge routes and edge labels go on a character grid, left to right.
///
/// Inputs sit in the leftmost layer and outputs that feed nothing in the rightmost; every other
/// node sits one layer right of its furthest operand. An edge that skips layers passes through a
/// free row in each layer it skips, so routes never enter a box. Layers are ordered to reduce
/// crossings and placed to keep edges straight. Boxes are three rows high (border, content,
/// border) and as wide as `boxWidth` says; each edge gets an orthogonal route from its source's
/// right side to an arrowhead cell just left of its target, and a label slot in the gap before
/// its target that overlaps no box, no other label and no route. Gaps grow to fit their labels,
/// so the layout may be larger than the screen; `GraphView` draws a panned part of it.
///
/// For `c = a + b; d = b + 1; e = c * d` with 11-column boxes and labels such as `∂c/∂a = 1`
/// (9 columns) and `∂e/∂c = d = 2` (13 columns), the layout is 63 × 8: `a` and `b` in the first
/// layer, `c` and `d` in the second, `e` in the third. Constants get no box and no edge.
///
/// A box with two incoming edges takes its left operand at its top row and its right operand at
/// its bottom row, so the two edges of `x * x` get distinct routes and labels.
///
/// A graph so large that its long edges would need millions of free rows is laid out without
/// them: `drawsEveryEdge` is false, and only edges between adjacent layers get routes (see
/// `LayeredGraph.drawsLongEdges`).
///
/// - Complexity: O(*e*²) in the number of edge segments between two adjacent layers, for counting
///   crossings and ordering channels; near linear for typical graphs.
public struct GraphLayout: Sendable {
    /// A cell of the layout: column `x`, row `y`, from the layout's top-left corner.
    public struct Point: Hashable, Sendable {
        public var x: Int
        public var y: Int

        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// The rectangle of one node's box, borders included.
    public struct Box: Equatable, Sendable {
        public let node: Int
        public let x: Int
        public let y: Int
        public let width: Int
        public let height: Int

        /// Whether the cell lies on or inside the box.
        public func contains(_ point: Point) -> Bool {
            point.x >= x && point.x < x + width && point.y >= y && point.y < y + height
        }
    }

    /// The cells of one edge and where its label goes.
    public struct Route: Equatable, Sendable {
        public let edge: Edge
        /// From the cell just right of the source box to the arrowhead cell just left of the
        /// target box; each cell is a 4-neighbour of the one before. None, and no label, for an
        /// edge that is not drawn.
        public let cells: [Point]
        /// The leftmost cell of the label, which takes `labelWidth` cells rightwards.
        public let label: Point
        public let labelWidth: Int
    }

    /// A way to move the selection on screen.
    public enum Direction: Sendable, CaseIterable {
        case left, right, up, down
    }

    /// One box per non-constant node, in node order.
    public let boxes: [Box]
    /// One route per `graph.edges` entry, in the same order.
    public let routes: [Route]
    /// The size of the whole layout, which may exceed the screen.
    public let width: Int
    public let height: Int
    /// Whether every edge has a route; false for a graph too large to route its long edges.
    public var drawsEveryEdge: Bool { layered.drawsLongEdges }

    private let boxIndexByNode: [Int: Int]
    /// The layers and their order, which the overview reuses.
    let layered: LayeredGraph
    /// The overviews fitted so far (see `OverviewLayout.fitting`).
    let overviews = OverviewCache()

    /// Lays out `graph` with each node's box `boxWidth(node)` columns wide (at least 2) and each
    /// edge's label `labelWidth(edge)` columns wide.
    public init(_ graph: Graph, boxWidth: (Int) -> Int, labelWidth: (Edge) -> Int) {
        self.init(LayoutGraph(graph), boxWidth: boxWidth, labelWidth: labelWidth)
    }

    /// Lays out the blocks of `graph` as boxes, as a scalar graph's nodes are laid out; a block
    /// with three operands takes one at each of its rows.
    public init(_ graph: BlockGraph, boxWidth: (Int) -> Int, labelWidth: (Edge) -> Int) {
        self.init(LayoutGraph(graph), boxWidth: boxWidth, labelWidth: labelWidth)
    }

    private init(_ graph: LayoutGraph, boxWidth: (Int) -> Int, labelWidth: (Edge) -> Int) {
        let layered = LayeredGraph(graph)
        self.layered = layered
        let routing = EdgeRouting(layered, boxWidth: { max(2, boxWidth($0)) }, gaps: .labelled(labelWidths: layered.edges.map(labelWidth)))
        boxes = layered.boxes(at: routing.layerX, width: { max(2, boxWidth($0)) })
        routes = layered.edges.indices.map { index in
            Route(edge: layered.edges[index], cells: routing.routes[index], label: routing.labels[index].cell, labelWidth: routing.labels[index].width)
        }
        width = routing.width
        let bottoms = boxes.map { $0.y + $0.height } + routes.map { $0.label.y + 1 } + routes.flatMap(\.cells).map { $0.y + 1 }
        height = bottoms.max() ?? 0
        boxIndexByNode = Dictionary(uniqueKeysWithValues: boxes.enumerated().map { ($1.node, $0) })
    }

    /// The box of `node`, or `nil` for a constant or a node not in the graph.
    public func box(of node: Int) -> Box? {
        boxIndexByNode[node].map { boxes[$0] }
    }

    /// The node whose box is nearest to `node`'s in `direction`, or `nil` if there is none.
    ///
    /// Distance counts rows and columns across the direction twice, so left and right go to the
    /// nearest layer, and within it to the box nearest in rows; up and down stay in the same layer
    /// while it has a box that way.
    public func neighbor(of node: Int, toward direction: Direction) -> Int? {
        guard let from = box(of: node) else { return nil }
        func key(_ box: Box) -> (tier: Int, distance: Int)? {
            let (dx, dy) = (box.x - from.x, (box.y + box.height / 2) - (from.y + from.height / 2))
            switch direction {
            case .left: return dx < 0 ? (0, -dx + 2 * abs(dy)) : nil
            case .right: return dx > 0 ? (0, dx + 2 * abs(dy)) : nil
            case .up: return dy < 0 ? (dx == 0 ? 0 : 1, -dy + 2 * abs(dx)) : nil
            case .down: return dy > 0 ? (dx == 0 ? 0 : 1, dy + 2 * abs(dx)) : nil
            }
        }
        return boxes.compactMap { box in key(box).map { (box.node, $0) } }.min { $0.1 < $1.1 }?.0
    }
}
