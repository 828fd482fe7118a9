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
        checkRoutesFromDifferentSourcesOnlyCross()
        for (i, a) in layout.routes.enumerated() {
            for b in layout.routes[(i + 1)...] where a.edge.source == b.edge.source && a.edge.target == b.edge.target {
                #expect(a.cells != b.cells && a.label != b.label, "parallel edges \(a.edge) and \(b.edge) look alike")
            }
        }
    }

    /// Routes of different sources share a cell only where both run straight across each other:
    /// anywhere else the drawing would join them, as if one fed the other.
    func checkRoutesFromDifferentSourcesOnlyCross() {
        var passing: [GraphLayout.Point: [(source: Int, horizontal: Bool?)]] = [:]
        for route in layout.routes {
            for (index, cell) in route.cells.enumerated() {
                let before = index > 0 ? route.cells[index - 1] : GraphLayout.Point(x: cell.x - 1, y: cell.y)
                let after = index + 1 < route.cells.count ? route.cells[index + 1] : GraphLayout.Point(x: cell.x + 1, y: cell.y)
                let horizontal: Bool? = before.y == after.y ? true : before.x == after.x ? false : nil
                passing[cell, default: []].append((route.edge.source, horizontal))
            }
        }
        for (cell, routes) in passing {
            let sources = Dictionary(grouping: routes, by: \.source)
            guard sources.count > 1 else { continue }
            let straight = sources.values.map { runs in Set(runs.map(\.horizontal)) }
            let crossing = sources.count == 2 && straight.allSatisfy { $0.count == 1 && !$0.contains(nil) } && Set(straight.map { $0.first! }).count == 2
            #expect(crossing, "routes from nodes \(sources.keys.sorted()) meet at \(cell) without crossing")
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
