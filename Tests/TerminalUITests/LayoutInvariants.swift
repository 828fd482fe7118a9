import GraphEngine
import Testing
import TerminalUI

/// The promises `GraphLayout` makes about any graph, checked one by one.
struct LayoutInvariants {
    let graph: Graph
    let layout: GraphLayout
    let boxWidths: [Int]
    let labelWidths: [Int]

    func check() {
        let drawn = graph.nodes.indices.filter { graph.operations[$0] != .constant }
        #expect(layout.boxes.map(\.node) == drawn)
        #expect(layout.routes.map(\.edge) == graph.edges)
        for box in layout.boxes {
            #expect(box.width == boxWidths[box.node] && box.height == 3)
            #expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height)
        }
        checkBoxesKeepApart()
        checkRoutes()
        checkLabels()
        checkLayers()
    }

    /// No two boxes overlap, nor touch: a blank cell always lies between them.
    func checkBoxesKeepApart() {
        for (i, a) in layout.boxes.enumerated() {
            for b in layout.boxes[(i + 1)...] {
                let apart = a.x + a.width < b.x || b.x + b.width < a.x || a.y + a.height < b.y || b.y + b.height < a.y
                #expect(apart, "boxes of nodes \(a.node) and \(b.node) touch")
            }
        }
    }

    func checkRoutes() {
        for route in layout.routes {
            guard let source = layout.box(of: route.edge.source), let target = layout.box(of: route.edge.target),
                  let first = route.cells.first, let last = route.cells.last else {
                Issue.record("route of \(route.edge) has no cells or no boxes")
                continue
            }
            #expect(first.x == source.x + source.width && (source.y..<source.y + source.height).contains(first.y))
            #expect(last.x == target.x - 1 && (target.y..<target.y + target.height).contains(last.y))
            for (a, b) in zip(route.cells, route.cells.dropFirst()) {
                #expect(abs(a.x - b.x) + abs(a.y - b.y) == 1, "\(route.edge): \(a) → \(b) is not a step")
            }
            for cell in route.cells {
                #expect(!layout.boxes.contains { $0.contains(cell) }, "\(route.edge) enters a box at \(cell)")
                #expect(cell.x >= 0 && cell.y >= 0 && cell.x < layout.width && cell.y < layout.height)
            }
        }
        for (i, a) in layout.routes.enumerated() {
            for b in layout.routes[(i + 1)...] where a.edge.source == b.edge.source && a.edge.target == b.edge.target {
                #expect(a.cells != b.cells && a.label != b.label, "parallel edges \(a.edge) and \(b.edge) look alike")
            }
        }
    }

    /// Labels overlap no box, no other label and no route.
    func checkLabels() {
        let routeCells = Set(layout.routes.flatMap(\.cells))
        var taken: [GraphLayout.Point: Edge] = [:]
        for (route, width) in zip(layout.routes, labelWidths) {
            #expect(route.labelWidth == width)
            for x in route.label.x..<(route.label.x + width) {
                let cell = GraphLayout.Point(x: x, y: route.label.y)
                #expect(cell.x >= 0 && cell.y >= 0 && cell.x < layout.width && cell.y < layout.height)
                #expect(!layout.boxes.contains { $0.contains(cell) }, "label of \(route.edge) overlaps a box")
                #expect(!routeCells.contains(cell), "label of \(route.edge) overlaps a route at \(cell)")
                if let other = taken.updateValue(route.edge, forKey: cell) {
                    Issue.record("labels of \(other) and \(route.edge) overlap at \(cell)")
                }
            }
        }
    }

    /// Inputs are leftmost; outputs that feed nothing are rightmost.
    func checkLayers() {
        let left = layout.boxes.map(\.x).min(), right = layout.boxes.map(\.x).max()
        for input in graph.inputs { #expect(layout.box(of: input)?.x == left) }
        let feeding = Set(graph.edges.map(\.source))
        for output in graph.outputs where !feeding.contains(output) && graph.operations[output] != .input {
            #expect(layout.box(of: output)?.x == right)
        }
    }
}
