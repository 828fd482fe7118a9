import GraphEngine
import RandomGraphs
@testable import TerminalUI
import Testing
import TextCanvas

@Suite struct GraphLayoutTests {
    /// `c = a + b; d = b + 1; e = c * d` at a = 2, b = 3, as the tutor would label it.
    static let example = try! Graph(parsing: "c = a + b; d = b + 1; e = c * d")
    static let exampleLabels = [
        "c a": "∂c/∂a = 1", "c b": "∂c/∂b = 1", "d b": "∂d/∂b = 1", "e c": "∂e/∂c = d = 4", "e d": "∂e/∂d = c = 5",
    ]

    static func label(_ edge: Edge) -> String {
        exampleLabels["\(example.nodes[edge.target].name) \(example.nodes[edge.source].name)"]!
    }

    static func render(_ graph: Graph, _ layout: GraphLayout, label: (Edge) -> String, ascii: Bool = false) -> [String] {
        var canvas = Canvas(width: layout.width, height: layout.height)
        let body = { (node: Int) in
            graph.operations[node] == .input ? "input" : ascii ? graph.nodes[node].expression : graph.formula(of: node)
        }
        GraphView.draw(
            layout, into: &canvas, pane: Rect(canvas), origin: .init(x: 0, y: 0),
            box: { node in (graph.nodes[node].name, body(node), .plain) },
            label: { (label($0), .plain) }, edgeStyle: { _ in .plain })
        if ascii { canvas.makeASCII() }
        return canvas.rows
    }

    static var exampleLayout: GraphLayout {
        GraphLayout(example, boxWidth: { _ in 11 }, labelWidth: { label($0).count })
    }

    @Test func exampleIsCompactAndReadable() {
        let layout = Self.exampleLayout
        let rows = Self.render(Self.example, layout, label: Self.label)
        #expect(layout.width <= 78 && layout.height <= 12)
        #expect(rows == [
            "┌ a ──────┐   ∂c/∂a = 1                                        ",
            "│ input   ├────────────▶┌ c ──────┐   ∂e/∂c = d = 4            ",
            "└─────────┘             │ a + b   ├────────────────▶┌ e ──────┐",
            "            ┌──────────▶└─────────┘                 │ c · d   │",
            "┌ b ──────┐ │ ∂c/∂b = 1             ┌──────────────▶└─────────┘",
            "│ input   ├─┤ ∂d/∂b = 1 ┌ d ──────┐ │ ∂e/∂d = c = 5            ",
            "└─────────┘ └──────────▶│ b + 1   ├─┘                          ",
            "                        └─────────┘                            ",
        ], "\n\(rows.joined(separator: "\n"))")
    }

    @Test func asciiDrawsOnlyASCII() {
        let rows = Self.render(Self.example, Self.exampleLayout, label: { _ in "d/d" }, ascii: true)
        #expect(rows.allSatisfy { $0.allSatisfy(\.isASCII) })
        #expect(rows == [
            "+ a ------+   d/d                                              ",
            "| input   +------------>+ c ------+   d/d                      ",
            "+---------+             | a + b   +---------------->+ e ------+",
            "            +---------->+---------+                 | c * d   |",
            "+ b ------+ | d/d                   +-------------->+---------+",
            "| input   +-+ d/d       + d ------+ | d/d                      ",
            "+---------+ +---------->| b + 1   +-+                          ",
            "                        +---------+                            ",
        ])
    }

    @Test func drawsNothingOutsideThePane() {
        let layout = Self.exampleLayout
        var canvas = Canvas(width: 40, height: 10, fill: Cell("·"))
        GraphView.draw(
            layout, into: &canvas, pane: Rect(x: 5, y: 2, width: 20, height: 5), origin: .init(x: 10, y: 1),
            box: { (Self.example.nodes[$0].name, "", .bold) }, label: { (Self.label($0), .plain) },
            edgeStyle: { _ in .plain })
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where !(5..<25).contains(x) || !(2..<7).contains(y) {
                #expect(canvas[x, y].character == "·")
            }
        }
        #expect(canvas.rows[2] == "·····├────────────▶┌ c ──···············")
    }

    @Test func panningKeepsTheSelectedBoxInView() throws {
        let layout = Self.exampleLayout
        func origin(centering node: Int, in size: (width: Int, height: Int)) -> GraphLayout.Point {
            Viewport(width: size.width, height: size.height, layoutWidth: layout.width, layoutHeight: layout.height, focus: [layout.box(of: node)!]).origin
        }
        let e = try #require(Self.example.index(of: "e"))
        let box = try #require(layout.box(of: e))
        let eOrigin = origin(centering: e, in: (width: 30, height: 6))
        #expect(eOrigin.x <= box.x && box.x + box.width <= eOrigin.x + 30)
        #expect(eOrigin.y <= box.y && box.y + box.height <= eOrigin.y + 6)
        #expect(eOrigin.x + 30 <= layout.width && eOrigin.y + 6 <= layout.height)
        let a = try #require(Self.example.index(of: "a"))
        #expect(origin(centering: a, in: (width: 30, height: 6)) == .init(x: 0, y: 0))
        #expect(origin(centering: a, in: (width: layout.width + 10, height: layout.height + 4)) == .init(x: -5, y: -2))
    }

    @Test func selectionMovesByPosition() throws {
        let layout = Self.exampleLayout
        let node = { (name: String) in Self.example.index(of: name)! }
        #expect(layout.neighbor(of: node("a"), toward: .right) == node("c"))
        #expect(layout.neighbor(of: node("b"), toward: .right) == node("d"))
        #expect(layout.neighbor(of: node("c"), toward: .down) == node("d"))
        #expect(layout.neighbor(of: node("d"), toward: .up) == node("c"))
        #expect(layout.neighbor(of: node("d"), toward: .right) == node("e"))
        #expect(layout.neighbor(of: node("e"), toward: .left) == node("c"))
        #expect(layout.neighbor(of: node("a"), toward: .left) == nil)
        #expect(layout.neighbor(of: node("e"), toward: .down) == node("d"))
        #expect(layout.neighbor(of: node("d"), toward: .down) == nil)
    }

    @Test func squaresGetTwoRoutesAndTwoLabels() throws {
        let graph = try Graph(parsing: "y = x * x")
        let layout = GraphLayout(graph, boxWidth: { _ in 7 }, labelWidth: { _ in 5 })
        #expect(layout.routes.count == 2)
        #expect(layout.routes[0].cells != layout.routes[1].cells)
        #expect(layout.routes[0].label != layout.routes[1].label)
        #expect(Self.render(graph, layout, label: { $0.position == 0 ? "left" : "right" }) == [
            "┌ x ──┐   left         ",
            "│ inpu├─┬──────▶┌ y ──┐",
            "└─────┘ │       │ x · │",
            "        └──────▶└─────┘",
            "          right        ",
        ])
    }

    @Test func constantsGetNoBox() throws {
        let graph = try Graph(parsing: "y = 2 * x + 1")
        let layout = GraphLayout(graph, boxWidth: { _ in 5 }, labelWidth: { _ in 3 })
        #expect(layout.boxes.count == graph.operations.filter { $0 != .constant }.count)
        #expect(layout.routes.count == graph.edges.count)
    }

    /// Layout never looks at values, so any operands will do; literals make constants, which
    /// get no box, and some graphs have several outputs.
    static let randomGraphs = RandomGraph.Options(nodes: 2...40, safeDomains: false, literals: 0.125, extraOutputs: 0...2)

    @Test func randomGraphsKeepTheirInvariants() throws {
        var random = SeededGenerator(seed: 2024)
        for seed in UInt64(1)...200 {
            let sample = RandomGraph(seed: seed, options: Self.randomGraphs)
            let graph = try Graph(parsing: sample.text, outputs: sample.outputNames)
            let boxWidths = graph.nodes.indices.map { _ in Int.random(in: 3...14, using: &random) }
            let labelWidths = graph.edges.map { _ in Int.random(in: 0...15, using: &random) }
            let edgeIndex = Dictionary(uniqueKeysWithValues: graph.edges.enumerated().map { ($1, $0) })
            let layout = GraphLayout(graph, boxWidth: { boxWidths[$0] }, labelWidth: { labelWidths[edgeIndex[$0]!] })
            LayoutInvariants(graph: graph, layout: layout, boxWidths: boxWidths, labelWidths: labelWidths).check()
        }
    }
}

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
