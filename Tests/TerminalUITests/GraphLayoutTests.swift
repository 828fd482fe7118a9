import GraphEngine
import Testing
import TerminalUI

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
            layout, into: &canvas, pane: (0, 0, layout.width, layout.height), origin: .init(x: 0, y: 0),
            box: { node in (graph.nodes[node].name, body(node), .plain) },
            label: { (label($0), .plain) }, edgeStyle: { _ in .plain }, ascii: ascii)
        return canvas.rows
    }

    static var exampleLayout: GraphLayout {
        GraphLayout(example, boxWidth: { _ in 11 }, labelWidth: { label($0).count })
    }

    @Test func exampleIsCompactAndReadable() {
        let layout = Self.exampleLayout
        let rows = Self.render(Self.example, layout, label: Self.label)
        print(rows.joined(separator: "\n"))
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
        ])
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
            layout, into: &canvas, pane: (5, 2, 20, 5), origin: .init(x: 10, y: 1),
            box: { (Self.example.nodes[$0].name, "", .bold) }, label: { (Self.label($0), .plain) },
            edgeStyle: { _ in .plain }, ascii: false)
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where !(5..<25).contains(x) || !(2..<7).contains(y) {
                #expect(canvas[x, y].character == "·")
            }
        }
        #expect(canvas.rows[2] == "·····├────────────▶┌ c ──···············")
    }

    @Test func panningKeepsTheSelectedBoxInView() throws {
        let layout = Self.exampleLayout
        let e = try #require(Self.example.index(of: "e"))
        let box = try #require(layout.box(of: e))
        let origin = layout.origin(keeping: e, visible: (width: 30, height: 6), from: .init(x: 0, y: 0))
        #expect(origin.x <= box.x && box.x + box.width <= origin.x + 30)
        #expect(origin.y <= box.y && box.y + box.height <= origin.y + 6)
        let a = try #require(Self.example.index(of: "a"))
        #expect(layout.origin(keeping: a, visible: (width: 30, height: 6), from: origin) == .init(x: 0, y: 0))
        #expect(layout.origin(keeping: a, visible: (width: 100, height: 50), from: .init(x: 7, y: 3)) == .init(x: 0, y: 0))
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

    @Test func randomGraphsKeepTheirInvariants() {
        var random = SplitMix64(seed: 2024)
        for _ in 0..<200 {
            let graph = RandomGraphs.graph(inputs: Int.random(in: 1...4, using: &random), assignments: Int.random(in: 1...36, using: &random), using: &random)
            let boxWidths = graph.nodes.indices.map { _ in Int.random(in: 3...14, using: &random) }
            let labelWidths = graph.edges.map { _ in Int.random(in: 0...15, using: &random) }
            let edgeIndex = Dictionary(uniqueKeysWithValues: graph.edges.enumerated().map { ($1, $0) })
            let layout = GraphLayout(graph, boxWidth: { boxWidths[$0] }, labelWidth: { labelWidths[edgeIndex[$0]!] })
            LayoutInvariants(graph: graph, layout: layout, boxWidths: boxWidths, labelWidths: labelWidths).check()
        }
    }
}
