import Foundation
import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// The explorer's screens for the source example at the steps of each pass, at 80×24 and
/// 120×40, compared with golden text in `Snapshots/`.
@Suite struct ExplorerSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    func state(after events: [Event], notation: Notation = .marks) throws -> ExplorerState {
        var state = try ExplorerState(source: "c = a + b; d = b + 1; e = c * d", inputs: ["a": 2, "b": 1], notation: notation)
        for event in events { state.press(event) }
        return state
    }

    func check(_ name: String, _ keys: String, special: [Event] = []) throws {
        let events = keys.map { Event.character($0) } + special
        for (width, height) in Self.sizes {
            try Snapshot.check(try state(after: events).render(width: width, height: height), named: "\(name)-\(width)x\(height)")
        }
    }

    @Test func opening() throws { try check("opening", "") }
    @Test func forwardFirstStep() throws { try check("forward-1", "fn") }
    @Test func forwardThirdStep() throws { try check("forward-3", "fnnn") }
    @Test func forwardLastStep() throws { try check("forward-last", "fG") }
    @Test func tangentFromBMidway() throws { try check("tangent-b-3", "", special: [.tab, .character("t"), .character("n"), .character("n"), .character("n")]) }
    @Test func tangentFromBLastStep() throws { try check("tangent-b-last", "", special: [.tab, .character("t"), .character("G")]) }
    @Test func reverseFirstStep() throws { try check("reverse-1", "rn") }
    @Test func reverseFanOutStep() throws { try check("reverse-4", "rnnnn") }
    @Test func reverseLastStep() throws { try check("reverse-last", "rG") }
    @Test func pathsFromBFirstPath() throws { try check("paths-b-1", "", special: [.tab, .character("s"), .character("n")]) }
    @Test func pathsFromBSum() throws { try check("paths-b-last", "", special: [.tab, .character("s"), .character("G")]) }
    @Test func helpOverlay() throws { try check("help", "?") }
    @Test func predictPrompt() throws { try check("predict", "prn4") }
    @Test func editDialog() throws { try check("edit-a", "e") }
    @Test func newGraphError() throws {
        var events: [Event] = [.character(":")] + Array(repeating: .backspace, count: 40)
        events += "y = x + ".map { Event.character($0) } + [.enter]
        for (width, height) in Self.sizes {
            try Snapshot.check(try state(after: events).render(width: width, height: height), named: "new-graph-error-\(width)x\(height)")
        }
    }

    static let longGraph = "x1 = 1; x2 = 0.5; w1 = 0.5; w2 = 1.5; h1 = w1*x1 + w2*x2; h2 = w1*x1 - w2*x2; y = tanh(h1) * sigmoid(h2); E = 0.5 * (y - 1)^2 + 0.1*w1^2"

    /// The cursor 80 characters into a graph longer than the dialog: at 80 columns the text
    /// scrolls by half widths to keep it in view; at 120 it shows from the start.
    @Test func newGraphScrolledToTheCursor() throws {
        var events: [Event] = [.character(":"), .control("u")] + Self.longGraph.map { Event.character($0) } + [.home]
        events += Array(repeating: .right, count: 80)
        for (width, height) in Self.sizes {
            try Snapshot.check(try state(after: events).render(width: width, height: height), named: "new-graph-scrolled-\(width)x\(height)")
        }
    }

    /// An error near the end of a long graph: the caret stands under the `$` of the scrolled text.
    @Test func newGraphErrorInScrolledText() throws {
        let text = Self.longGraph.replacingOccurrences(of: "(y - 1)", with: "(y $ 1)")
        let events: [Event] = [.character(":"), .control("u")] + text.map { Event.character($0) } + [.enter]
        for (width, height) in Self.sizes {
            let canvas = try state(after: events).render(width: width, height: height)
            try Snapshot.check(canvas, named: "new-graph-scrolled-error-\(width)x\(height)")
            let rows = canvas.rows
            let caretRow = try #require(rows.firstIndex { $0.contains("^") && !$0.contains("(") })
            let caret = try #require(rows[caretRow].firstIndex(of: "^"))
            #expect(rows[caretRow - 1][caret] == "$")
        }
    }

    @Test func smallestTerminalShowsAllOfTheHelpOnItsPages() throws {
        try Snapshot.check(try state(after: [.character("?")]).render(width: 70, height: 20), named: "help-70x20")
        try Snapshot.check(try state(after: [.character("?"), .character("?"), .character("?")]).render(width: 70, height: 20), named: "help-legend-70x20")
        var shown: [String] = []
        for page in 0..<6 {
            shown += try state(after: Array(repeating: .character("?"), count: page + 1)).render(width: 70, height: 20).rows
        }
        for binding in ExplorerState.keys.bindings {
            #expect(shown.contains { $0.contains(binding.help) }, "help lacks \(binding.keys)")
        }
        for line in HelpPages.legend(.marks) {
            #expect(shown.contains { $0.contains(line.trimmingCharacters(in: .whitespaces)) }, "help lacks \(line)")
        }
    }

    @Test func tinyTerminal() throws {
        try Snapshot.check(try state(after: []).render(width: 40, height: 10), named: "tiny-40x10")
    }

    @Test func asciiMode() throws {
        let canvas = try state(after: [.character("r"), .character("G")], notation: .words).render(width: 80, height: 24, options: .init(ascii: true))
        #expect(canvas.cells.allSatisfy { $0.character.isASCII })
        try Snapshot.check(canvas, named: "ascii-reverse-last-80x24")
    }

    @Test func noColorKeepsHighlights() throws {
        let canvas = try state(after: [.character("r"), .character("n")]).render(width: 80, height: 24, options: .init(color: false))
        #expect(canvas.cells.allSatisfy { $0.style.color == .default })
        #expect(canvas.cells.contains { $0.style.attributes.contains(.reverse) })
        #expect(canvas.cells.contains { $0.style.attributes.contains(.bold) })
    }

    @Test func controlCharactersAreNotTypedIntoFields() throws {
        var state = try state(after: [.character(":"), .control("u")])
        state.press(.character("\u{1B}"))
        state.press(.character("\u{07}"))
        state.press(.character("x"))
        let canvas = state.render(width: 80, height: 24)
        #expect(!canvas.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        guard case .newGraph(let field, _) = state.dialog else { Issue.record("no dialog"); return }
        #expect(field.text == "x")
    }

    @Test func derivativeTableScrollsToTheSelectedInput() throws {
        let network = """
            x1 = 1; x2 = 0.5; t = 4; w1 = 0.5; w2 = 1.5; w3 = 2.3; w4 = 3; w5 = 1; w6 = 1
            h1 = w1*x1 + w2*x2; h2 = w3*x1 + w4*x2; y = w5*h1 + w6*h2; E = 0.5 * (t - y)^2
            """
        var state = try ExplorerState(source: network)
        let w6 = try #require(state.graph.index(of: "w6"))
        while state.selected != w6 { state.press(.tab) }
        let rows = state.render(width: 80, height: 24).rows
        #expect(rows.contains { $0.contains("│ w6    3.99") })
        #expect(rows.contains { $0.contains("forward mode visits") })
    }

    @Test func domainProblemsAreShownAsWarnings() throws {
        let state = try ExplorerState(source: "y = log(x)", inputs: ["x": -1])
        let rows = state.render(width: 80, height: 24).rows
        #expect(rows.contains { $0.contains("warning: y = log(x) = log(-1) = nan: the value is not finite") })
        #expect(rows.contains { $0.contains("y = nan") })
    }

    @Test func boxesHaveRoomForRunningSums() throws {
        var state = try ExplorerState(source: "y = a/3 + a*2/3", inputs: ["a": 1])
        state.press(.character("r"))
        let a = try #require(state.graph.index(of: "a"))
        for _ in state.walkthrough!.steps.indices {
            state.press(.character("n"))
            guard let shown = state.walkthrough?.number(for: a) else { continue }
            let partial = state.disclosure.isPartial(.adjoint(a, output: state.graph.outputs[0]))
            let text = "ā = \(NumberFormat.short(shown))\(partial ? " + …" : "")"
            #expect(state.render(width: 120, height: 40).rows.contains { $0.contains(text) }, "box a lacks \(text)")
        }
    }

    @Test func theReadmeShowsTheCurrentScreen() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let screen = try state(after: "rnnnn".map { Event.character($0) }).render(width: 80, height: 24).rows
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
        #expect(text.contains(screen.trimmingCharacters(in: .newlines)))
    }
}
