import Foundation
import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor
import Words

/// The explorer on array graphs: an affine layer with ReLU on a batch of two, drawn at 80×24
/// and 120×40 in English and Chinese; its node panel; the block pass's keys; expanding a block
/// into scalars and coming back; and graph text handed between the two explorers.
@Suite struct ArrayExplorerTests {
    static let sizes = [(80, 24), (120, 40)]
    static let layer = "x = [1, 2, 3; 4, 5, 6]; W = [1, 0; 0, 1; 1, -1]; b = [0.5, -0.5]; h = affine(x, W, b); y = relu(h); L = sum(y * y)"
    /// A least-squares fit of y = x @ w to t, for gradient descent.
    static let fit = "x = [1, 0; 0, 1; 1, 1]; w = [0.5; -0.5]; t = [1; 2; 3]; y = x @ w; L = mean((y - t)^2)"

    /// The app on `text`'s array explorer after `keys`.
    static func app(_ keys: [Event], _ text: String = layer) throws -> App {
        var app = App(.arrayExplorer(try ArrayExplorerState(source: text)))
        for key in keys { _ = app.update(.input(key)) }
        return app
    }

    static func keys(_ text: String) -> [Event] { text.map { Event.character($0) } }

    static func explorer(_ app: App) throws -> ArrayExplorerState {
        guard case .arrayExplorer(let explorer) = app.screen else { throw NotShown() }
        return explorer
    }

    struct NotShown: Error {}

    /// Checks `keys`' screen at both sizes, in English and in Chinese; the Chinese shows no
    /// English but the graph's own text.
    func check(_ name: String, _ keys: String) throws { try check(name, Self.keys(keys)) }

    func check(_ name: String, _ keys: [Event], graph: String = layer) throws {
        for language in [Language.en, .zh] {
            try Words.$language.withValue(language) {
                let app = try Self.app(keys, graph)
                for (width, height) in Self.sizes {
                    let canvas = app.render(width: width, height: height)
                    let prefix = language == .zh ? "zh-" : ""
                    try Snapshot.check(canvas, named: "\(prefix)arrays-\(name)-\(width)x\(height)")
                    if language == .zh {
                        // Derivatives (`dL`, `dh`) and the graph's functions are notation.
                        let english = ChineseSnapshotTests.english(in: canvas.rows.joined(separator: "\n"))
                            .filter { !["affine", "relu", "sum", "mean", "repeat"].contains($0) && !($0.count == 2 && $0.first == "d") }
                        #expect(english == [], "zh-arrays-\(name)-\(width)x\(height)")
                    }
                }
            }
        }
    }

    @Test func opening() throws { try check("opening", "") }
    @Test func forwardAtTheLayer() throws { try check("forward-4", "fnnnn") }
    @Test func reverseAtTheLayer() throws { try check("reverse-5", "rnnnnnl") }
    @Test func reverseAtTheMask() throws { try check("reverse-2-relu", "rnnll") }
    @Test func reverseDone() throws { try check("reverse-last", "rG") }
    @Test func help() throws { try check("help", "?") }
    @Test func editing() throws { try check("edit-x", "e") }
    @Test func training() throws {
        try check("train-101", Self.keys("d") + [.tab, .control("u")] + Self.keys("w") + [.enter] + Self.keys("D"), graph: Self.fit)
    }

    @Test("the panel shows the layer's value, its gradient once reverse mode has it, its rules and what it kept")
    func panel() throws {
        var explorer = try Self.explorer(Self.app(Self.keys("rnnnnnl")))
        #expect(explorer.graph.nodes[explorer.selected].name == "h")
        var panel = BlockNodePanel(evaluation: explorer.evaluation, walkthrough: explorer.walkthrough, selected: explorer.selected)
        #expect(panel.lines.map(\.text) == [
            "h = affine(x, W, b)   2×2",
            "backward keeps its input x and W: dL/dW = xᵀ · dL/dh needs x, dL/dx = dL/dh · Wᵀ needs W",
            "backward  dL/dx = dL/dh · Wᵀ", "          dL/dW = xᵀ · dL/dh", "          dL/db = sum(dL/dh, 0)",
        ])
        #expect(panel.tiles.map(\.heading) == ["h", "dL/dh", "kept x", "kept W"])
        #expect(panel.tiles[1].lines == ["[ 9,  0;", " 21,  0]"])
        explorer.walkthrough?.revealed = 3
        panel = BlockNodePanel(evaluation: explorer.evaluation, walkthrough: explorer.walkthrough, selected: explorer.selected)
        #expect(panel.tiles[1].lines == ["?"])
        explorer.walkthrough = BlockWalkthrough(BlockPass(.forward, explorer.evaluation))
        panel = BlockNodePanel(evaluation: explorer.evaluation, walkthrough: explorer.walkthrough, selected: explorer.selected)
        #expect(panel.tiles.map(\.lines) == [["?"], ["?"], ["?"]])
    }

    @Test("a matrix larger than 6×6 is summarised as its shape, least and greatest entry")
    func largeArrays() {
        let value = ArrayValue(shape: .matrix(7, 2), entries: (0..<14).map { Double($0) - 3 })
        #expect(BlockNodePanel.lines(value) == ["7×2", "min -3", "max 10"])
        #expect(BlockNodePanel.lines(ArrayValue(shape: .matrix(6, 6), entries: Array(repeating: 1, count: 36))).count == 6)
    }

    @Test("x opens the scalar explorer on the block's entries, whose adjoints are the block rule's numbers; Esc comes back")
    func expanding() throws {
        var app = try Self.app(Self.keys("ll"))
        #expect(try Self.explorer(app).graph.nodes[try Self.explorer(app).selected].name == "y")
        _ = app.update(.input(.character("x")))
        guard case .explorer(let scalar) = app.screen else { throw NotShown() }
        #expect(app.stack.count == 2)
        #expect(scalar.message == "y by entries; the rest is L = sum(y ⊙ dL/dy), dL/dy fixed · Esc returns")
        let graph = scalar.graph
        let sweep = AdjointSweep(scalar.evaluation, output: graph.outputs[0])
        // dL/dh = dL/dy ⊙ (h > 0), with dL/dy = 2y = [9, 0; 21, 0].
        #expect(["h[1,1]", "h[1,2]", "h[2,1]", "h[2,2]"].map { sweep.adjoints[graph.index(of: $0)!] } == [9, 0, 21, 0])
        _ = app.update(.input(.escape))
        #expect(try Self.explorer(app).graph.nodes[try Self.explorer(app).selected].name == "y")
    }

    @Test("a small graph expands whole; an input of a large one cannot be expanded on its own")
    func expandingWholeGraphs() throws {
        var app = try Self.app(Self.keys("x"), "u = [1, 2]; w = [3, 4]; L = u @ w")
        guard case .explorer(let scalar) = app.screen else { throw NotShown() }
        #expect(scalar.graph.count == 7 && scalar.evaluation.values[scalar.graph.outputs[0]] == 11)
        #expect(scalar.message == "every entry a node: 7 scalar nodes · Esc returns")
        _ = app.update(.input(.escape))
        app = try Self.app(Self.keys("x"))
        #expect(try Self.explorer(app).message == "x expands a block that computes: x is an input")
    }

    @Test("the : dialog of either explorer opens a graph of the other kind in its place")
    func graphsHandedOver() throws {
        var app = App(.explorer(try ExplorerState(source: App.exampleGraph, inputs: App.exampleInputs)))
        for key in [Event.character(":"), .control("u")] + Self.keys(Self.layer) + [.enter] { _ = app.update(.input(key)) }
        #expect(try Self.explorer(app).graph.nodes.map(\.name).contains("h"))
        #expect(app.stack.count == 1)
        for key in [Event.character(":"), .control("u")] + Self.keys("y = [1, 2] @ ") + [.enter] { _ = app.update(.input(key)) }
        guard case .newGraph(_, let error?) = try Self.explorer(app).dialog else { throw NotShown() }
        #expect(error.message.hasPrefix("expected a number, a name"))
        for key in [Event.control("u")] + Self.keys("c = a + b; a = 1; b = 2") + [.enter] { _ = app.update(.input(key)) }
        guard case .explorer(let scalar) = app.screen else { throw NotShown() }
        #expect(scalar.message == "new graph: 3 nodes")
        for key in [Event.character(":"), .up] { _ = app.update(.input(key)) }
        guard case .explorer(let recalled) = app.screen, case .newGraph(let field, _) = recalled.dialog else { throw NotShown() }
        #expect(field.text == Self.layer)
    }

    @Test("e sets an input's array: every array shown follows; a bad one is refused saying what and where")
    func editingAnInput() throws {
        var app = try Self.app([])
        let text = { (app: App) in app.render(width: 80, height: 24).rows.joined(separator: "\n") }
        #expect(text(app).contains("[1, 2, 3;"))
        for key in Self.keys("e") + [Event.control("u")] + Self.keys("[1, 2, 3; 4, 5 6]") + [.enter] { _ = app.update(.input(key)) }
        guard case .editArray(_, _, let error?) = try Self.explorer(app).dialog else { throw NotShown() }
        #expect(error.column == 16)
        for key in [Event.control("u")] + Self.keys("[1, 2; 3, 4]") + [.enter] { _ = app.update(.input(key)) }
        guard case .editArray(_, _, let shape?) = try Self.explorer(app).dialog else { throw NotShown() }
        #expect(shape.message == "x is 2×3, but [1, 2; 3, 4] is 2×2")
        for key in [Event.control("u")] + Self.keys("[0, 0, 1; 1, 0, 0]") + [.enter] { _ = app.update(.input(key)) }
        let explorer = try Self.explorer(app)
        #expect(explorer.dialog == nil && explorer.message == "x = [0, 0, 1; 1, 0, 0]; every number follows")
        // h = x @ W + b = [1, -1; 1, 0] + [0.5, -0.5].
        #expect(explorer.evaluation.value(explorer.graph.index(of: "h")!).entries == [1.5, -1.5, 1.5, -0.5])
        #expect(text(app).contains("[0, 0, 1;"))
        for key in [Event.tab, .tab, .tab] { _ = app.update(.input(key)) }
        #expect(text(app).contains("[ 1.5, -1.5;"))
    }

    @Test("d takes one update of the parameters chosen, D a hundred more, each lowering the loss, drawn as a curve")
    func gradientDescent() throws {
        var app = try Self.app(Self.keys("d") + [.tab, .control("u")] + Self.keys("w") + [.enter], Self.fit)
        var explorer = try Self.explorer(app)
        #expect(explorer.losses.count == 2 && explorer.losses[1] < explorer.losses[0])
        #expect(explorer.descent.parameters == ["w"])
        #expect(explorer.evaluation.value(explorer.graph.index(of: "t")!).entries == [1, 2, 3])
        // y = [0.5; -0.5; 0], so L = (0.5² + 2.5² + 3²) / 3.
        #expect(explorer.message?.hasPrefix("1 update (η = 0.1; w): L 5.16667 → ") == true)
        _ = app.update(.input(.character("D")))
        explorer = try Self.explorer(app)
        #expect(explorer.losses.count == 102 && explorer.losses[101] < explorer.losses[1] / 10)
        #expect(app.render(width: 80, height: 24).rows.joined().contains("L after each step (101 in all)"))
    }
}
