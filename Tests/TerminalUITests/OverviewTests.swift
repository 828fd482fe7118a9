import GraphEngine
import RandomGraphs
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// The overview at 80×24: the source material's larger graphs whole on one screen, every node of
/// random graphs in view, the step being played in view in either view, and `z`.
@Suite struct OverviewTests {
    static let network = """
        x1 = 1; x2 = 0.5; t = 4; w1 = 0.5; w2 = 1.5; w3 = 2.3; w4 = 3; w5 = 1; w6 = 1
        h1 = w1*x1 + w2*x2; h2 = w3*x1 + w4*x2; y = w5*h1 + w6*h2; E = 0.5*(t - y)^2
        """
    static let sigmoidNeuron = "w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3; f = 1/(1+exp(-(w0*x0+w1*x1+w2)))"
    static let pathExplosion = "X = 1; a = 1*X; b = 2*X; c = 3*X; Y = a + b + c; d = 4*Y; e = 5*Y; f = 6*Y; Z = d + e + f"

    static func state(_ source: String, keys: String = "") throws -> ExplorerState {
        var state = try ExplorerState(source: source)
        for key in keys { state.press(.character(key)) }
        return state
    }

    /// The overview `render` draws at 80×24, and the rows it had to choose from.
    static func overview(_ state: ExplorerState) -> OverviewLayout? {
        GraphPane(layout: state.layout, disclosure: state.disclosure, selected: state.selected, notation: state.notation)
            .overview(width: 80, detailHeight: 11, fullHeight: 19, switched: state.graphViewSwitched)?.overview
    }

    @Test func networkOpening() throws {
        try Snapshot.check(try Self.state(Self.network).render(width: 80, height: 24), named: "overview-network-80x24")
    }

    @Test func networkMidReversePass() throws {
        try Snapshot.check(try Self.state(Self.network, keys: "rnnnnnnnnnn").render(width: 80, height: 24), named: "overview-network-reverse-10-80x24")
    }

    @Test func sigmoidNeuronMidReversePass() throws {
        try Snapshot.check(try Self.state(Self.sigmoidNeuron, keys: "rnnnnnn").render(width: 80, height: 24), named: "overview-sigmoid-reverse-6-80x24")
    }

    @Test func pathExplosionWithTheSelectionsPartials() throws {
        var state = try Self.state(Self.pathExplosion, keys: "rnnnn")
        state.selected = try #require(state.graph.index(of: "Y"))
        try Snapshot.check(state.render(width: 80, height: 24), named: "overview-paths-reverse-4-80x24")
    }

    /// Graphs of up to 30 nodes and depth up to 10 show every node in the overview at 80×24,
    /// before and during reverse mode, and nothing is drawn over a node's line or a label.
    @Test func randomGraphsShowEveryNode() throws {
        var checked = 0
        for seed in UInt64(1)...300 {
            let sample = RandomGraph(seed: seed, options: RandomGraph.Options(nodes: 2...30))
            let graph = try Graph(parsing: sample.text, outputs: sample.outputNames)
            guard LayeredGraph(graph).layers.count <= 11 else { continue }
            checked += 1
            var state = try ExplorerState(source: sample.text, outputs: sample.outputNames)
            if Self.overview(state) == nil { state.press(.character("z")) }
            for keys in ["", "rnnn"] {
                for key in keys { state.press(.character(key)) }
                let overview = try #require(Self.overview(state))
                let rows = state.render(width: 80, height: 24).rows
                #expect(!rows.contains { $0.contains("off screen") }, "seed \(seed)")
                for box in overview.boxes {
                    let line = overview.line(box.node, state.disclosure)
                    #expect(rows.contains { $0.contains(line) }, "seed \(seed): \(line) is not on screen\n\(rows.joined(separator: "\n"))")
                }
                OverviewInvariants(overview: overview, state: state).check(seed: seed)
            }
        }
        #expect(checked >= 150)
    }

    @Test func theActiveNodeIsOnScreenAtEveryStepOfReverseMode() throws {
        for switched in [false, true] {
            var state = try Self.state(Self.network, keys: switched ? "zr" : "r")
            for _ in state.walkthrough!.steps {
                state.press(.character("n"))
                let canvas = state.render(width: 80, height: 24)
                let active = canvas.cells.filter { $0.style.attributes.contains(.reverse) && $0.style.color == .yellow }
                let name = state.graph.nodes[state.walkthrough!.current!.node].name
                // The name as drawn, without the marks (ā) of the notation.
                let drawn = String(String.UnicodeScalarView(String(active.map(\.character)).unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
                #expect(drawn.contains(name), "step \(state.walkthrough!.revealed): \(name) is off screen")
            }
        }
    }

    @Test func zSwitchesBetweenTheDetailedBoxesAndTheOverview() throws {
        var state = try ExplorerUpdateTests().makeState()
        #expect(!state.graphViewSwitched && Self.overview(state) == nil)
        #expect(state.render(width: 80, height: 24).rows.contains { $0.contains("┌ a + b ┐") })
        state.press(.character("z"))
        #expect(state.graphViewSwitched && Self.overview(state) != nil)
        let rows = state.render(width: 80, height: 24).rows
        #expect(!rows.contains { $0.contains("┌ a + b") } && rows.contains { $0.contains("c 3") })
        state.press(.character("z"))
        #expect(!state.graphViewSwitched && Self.overview(state) == nil)

        var network = try Self.state(Self.network)
        #expect(Self.overview(network) != nil)
        network.press(.character("z"))
        #expect(Self.overview(network) == nil)
    }

    @Test func aGraphTooLargeToFitSaysWhatIsOffScreen() throws {
        let options = RandomGraph.Options(nodes: 200...200, inputs: 20...20, operations: [.add, .multiply, .tanh], dense: true)
        let state = try ExplorerState(source: RandomGraph(seed: 200, options: options).text)
        let rows = state.render(width: 80, height: 24).rows
        let notice = try #require(rows.first { $0.contains("nodes off screen: ") })
        let counts = notice.split(separator: ":")[1].split(separator: ",").map { Int($0.split(separator: " ")[1])! }
        #expect(Int(notice.split(separator: " ")[0]) == counts.reduce(0, +))
    }

    @Test func asciiDrawsTheTopToBottomOverviewInASCII() throws {
        let canvas = try Self.state(Self.sigmoidNeuron, keys: "rnnnnnn").render(width: 80, height: 24, options: .init(ascii: true))
        #expect(canvas.cells.allSatisfy { $0.character.isASCII })
        #expect(canvas.rows.contains { $0.contains("            v") } && !canvas.rows.joined().contains("▼"))
    }

    @Test func theOffScreenNoticeCountsEachWay() {
        let view = Viewport(width: 10, height: 5, layoutWidth: 40, layoutHeight: 20, focus: [.init(node: 0, x: 0, y: 0, width: 2, height: 1)])
        let boxes: [GraphLayout.Box] = [
            .init(node: 0, x: 0, y: 0, width: 2, height: 1), .init(node: 1, x: 9, y: 0, width: 2, height: 1),
            .init(node: 2, x: 20, y: 10, width: 2, height: 1), .init(node: 3, x: 3, y: 6, width: 2, height: 1),
        ]
        #expect(view.offScreenNotice(boxes) == "3 nodes off screen: → 2, ↓ 1")
        #expect(view.offScreenNotice(Array(boxes.prefix(1))) == nil)
    }
}

/// What the overview promises about any graph: lines and labels never overlap anything, and
/// routes never run through a line.
struct OverviewInvariants {
    let overview: OverviewLayout
    let state: ExplorerState

    func check(seed: UInt64) {
        var lines: [GraphLayout.Point: Int] = [:]
        for (index, box) in overview.boxes.enumerated() {
            #expect(box.height == 1 && box.width >= state.graph.nodes[box.node].name.count)
            for other in overview.boxes[(index + 1)...] where other.y == box.y {
                #expect(box.x + box.width < other.x || other.x + other.width < box.x, "seed \(seed): lines of nodes \(box.node) and \(other.node) touch")
            }
            for x in box.x..<(box.x + box.width) { lines[GraphLayout.Point(x: x, y: box.y)] = box.node }
        }
        let routeCells = Set(overview.routes.flatMap(\.cells))
        for cell in routeCells { #expect(lines[cell] == nil, "seed \(seed): a route runs through a line at \(cell)") }
        let view = Viewport(width: 80, height: 19, layoutWidth: overview.width, layoutHeight: overview.height, focus: [])
        let labels = overview.routes.indices.map { ($0, 9) }
        let placed = LabelPlacement.place(labels, in: overview, view: view, allOrNothing: false)!
        var labelCells: Set<GraphLayout.Point> = []
        for spot in placed.compactMap({ $0 }) {
            for x in spot.x..<(spot.x + 9) {
                let cell = GraphLayout.Point(x: x, y: spot.y)
                #expect(lines[cell] == nil && !routeCells.contains(cell), "seed \(seed): a label overlaps at \(cell)")
                #expect(labelCells.insert(cell).inserted, "seed \(seed): two labels overlap at \(cell)")
            }
        }
    }
}
