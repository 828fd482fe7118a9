import Foundation
import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// Every key of the explorer, applied with `update` to the source example.
@Suite struct ExplorerUpdateTests {
    static let example = "c = a + b; d = b + 1; e = c * d"

    func makeState() throws -> ExplorerState {
        try ExplorerState(source: Self.example, inputs: ["a": 2, "b": 1])
    }

    func node(_ state: ExplorerState, _ name: String) -> Int { state.graph.index(of: name)! }

    func press(_ state: inout ExplorerState, _ events: Event...) {
        for event in events {
            let goesOn = state.press(event)
            #expect(goesOn)
        }
    }

    func type(_ state: inout ExplorerState, _ text: String) {
        for character in text {
            let goesOn = state.press(.character(character))
            #expect(goesOn)
        }
    }

    @Test func quitKeys() throws {
        var state = try makeState()
        let quitsOnQ = state.press(.character("q"))
        let quitsOnInterrupt = state.press(.interrupt)
        #expect(!quitsOnQ && !quitsOnInterrupt)
    }

    @Test func startsOnTheFirstInput() throws {
        let state = try makeState()
        #expect(state.selected == node(state, "a"))
        #expect(state.walkthrough == nil)
    }

    @Test func tabCyclesInTopologicalOrder() throws {
        var state = try makeState()
        var names: [String] = []
        for _ in 0..<5 {
            press(&state, .tab)
            names.append(state.graph.nodes[state.selected].name)
        }
        #expect(names == ["b", "c", "d", "e", "a"])
        press(&state, .backTab)
        #expect(state.graph.nodes[state.selected].name == "e")
    }

    @Test func stepKeysMoveThroughTheForwardPass() throws {
        var state = try makeState()
        press(&state, .character("f"))
        #expect(state.walkthrough?.kind == .forward)
        #expect(state.walkthrough?.revealed == 0)
        press(&state, .character("n"), .character(" "))
        #expect(state.walkthrough?.revealed == 2)
        press(&state, .character("N"))
        #expect(state.walkthrough?.revealed == 1)
        press(&state, .backspace, .backspace)
        #expect(state.walkthrough?.revealed == 0)
        press(&state, .character("G"))
        #expect(state.walkthrough?.revealed == 5)
        #expect(state.currentCaption == "e = c · d = 3 · 2 = 6")
        press(&state, .character("n"))
        #expect(state.walkthrough?.revealed == 5)
        #expect(state.message?.contains("last step") == true)
        press(&state, .character("g"))
        #expect(state.walkthrough?.revealed == 1)
        #expect(state.currentCaption == "a = 2 (input)")
    }

    @Test func forwardValuesAreUnknownUntilTheirStep() throws {
        var state = try makeState()
        press(&state, .character("f"), .character("n"), .character("n"), .character("n"))
        let known = { (node: Int) in state.walkthrough!.number(for: node) }
        #expect(known(node(state, "c")) == 3)
        #expect(known(node(state, "d")) == nil)
        #expect(known(node(state, "e")) == nil)
    }

    @Test func tangentNeedsAnInputSelected() throws {
        var state = try makeState()
        press(&state, .tab)  // b
        press(&state, .character("t"))
        #expect(state.walkthrough?.kind == .tangent(input: node(state, "b")))
        press(&state, .character("G"))
        let known = { (node: Int) in state.walkthrough!.number(for: node) }
        #expect(known(node(state, "e")) == 5)
        press(&state, .escape, .tab)  // c
        press(&state, .character("t"))
        #expect(state.walkthrough == nil)
        #expect(state.message?.contains("select one first (the inputs are a, b)") == true)
    }

    @Test func reverseModeAccumulatesAtFanOut() throws {
        var state = try makeState()
        press(&state, .character("r"))
        #expect(state.walkthrough?.kind == .reverse(output: node(state, "e")))
        press(&state, .character("G"))
        let known = { (node: Int) in state.walkthrough!.number(for: node) }
        #expect(known(node(state, "a")) == 2)
        #expect(known(node(state, "b")) == 5)
        let intoB = state.walkthrough!.steps.filter { $0.node == node(state, "b") }.map { Caption.text($0, state.evaluation) }
        #expect(intoB == ["b̄ = d̄ · ∂d/∂b = 3 · 1 = 3   (1st of 2 uses of b)", "b̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = 5   (2nd of 2 uses of b)"])
    }

    @Test func pathSumsFromTheSelectedInput() throws {
        var state = try makeState()
        press(&state, .tab, .character("s"))
        #expect(state.walkthrough?.kind == .paths(input: node(state, "b"), output: node(state, "e")))
        press(&state, .character("G"))
        #expect(state.currentCaption == "de/db = sum over 2 paths = 5")
        #expect(state.walkthrough?.revealedPaths == 2)
    }

    @Test func escapeLeavesThePass() throws {
        var state = try makeState()
        press(&state, .character("r"), .escape)
        #expect(state.walkthrough == nil)
    }

    @Test func helpOpensAndCloses() throws {
        var state = try makeState()
        press(&state, .character("?"))
        #expect(state.dialog == .help(page: 0))
        press(&state, .escape)
        #expect(state.dialog == nil)
        press(&state, .character("?"), .character("?"))
        #expect(state.dialog == .help(page: 1))
        press(&state, .left, .left)
        #expect(state.dialog == .help(page: 0))
        press(&state, .character("q"))
        #expect(state.dialog == nil)
    }

    @Test func predictModeChecksTheAnswerThenShowsTheStep() throws {
        var state = try makeState()
        press(&state, .character("p"), .character("r"), .character("n"))
        #expect(state.walkthrough?.revealed == 0)
        guard case .prediction = state.dialog else { Issue.record("no prediction prompt"); return }
        type(&state, "1")
        press(&state, .enter)
        #expect(state.walkthrough?.revealed == 1)
        #expect(state.message == "✓ right: ē = 1")
        press(&state, .character("n"))
        type(&state, "4")
        press(&state, .enter)
        #expect(state.walkthrough?.revealed == 2)
        #expect(state.message == "✗ you said 4; d̄ = 3")
        press(&state, .character("n"))
        type(&state, "x")
        press(&state, .enter)
        #expect(state.walkthrough?.revealed == 2)
        guard case .prediction(_, let error) = state.dialog else { Issue.record("prompt closed"); return }
        #expect(error != nil)
        press(&state, .escape)
        #expect(state.dialog == nil)
        #expect(state.walkthrough?.revealed == 2)
    }

    @Test func editingAnInputUpdatesEveryNumber() throws {
        var state = try makeState()
        press(&state, .character("e"))
        type(&state, "3")
        press(&state, .enter)
        #expect(state.dialog == nil)
        #expect(state.evaluation.values[node(state, "e")] == 8)
        #expect(state.analysis.reverse(0).adjoints[node(state, "b")] == 6)
    }

    @Test func theOldValueIsSelectedSoTypingReplacesIt() throws {
        var state = try makeState()
        press(&state, .character("e"))
        guard case .editValue(_, let field, nil) = state.dialog else { Issue.record("no dialog"); return }
        #expect(field.text == "2" && field.isSelected)
        type(&state, "35")
        guard case .editValue(_, let typed, nil) = state.dialog else { Issue.record("dialog closed"); return }
        #expect(typed.text == "35" && !typed.isSelected)
    }

    @Test func movingInTheValueKeepsItAndDropsTheSelection() throws {
        var state = try makeState()
        press(&state, .character("e"), .home)
        type(&state, "1")
        press(&state, .enter)
        #expect(state.evaluation.values[node(state, "a")] == 12)
    }

    @Test func editingRejectsNonNumbersAndKeepsTheValue() throws {
        var state = try makeState()
        press(&state, .character("e"), .end)
        type(&state, "x")
        press(&state, .enter)
        guard case .editValue(_, _, let error) = state.dialog else { Issue.record("dialog closed"); return }
        #expect(error == "'2x' is not a finite number")
        press(&state, .escape)
        #expect(state.evaluation.values[node(state, "a")] == 2)
    }

    @Test func editingNeedsAnInput() throws {
        var state = try makeState()
        press(&state, .tab, .tab, .character("e"))
        #expect(state.dialog == nil)
        #expect(state.message?.hasPrefix("e edits an input's value") == true)
    }

    @Test func aBadNewGraphShowsTheErrorAndKeepsTheOldOne() throws {
        var state = try makeState()
        press(&state, .character(":"))
        guard case .newGraph(let field, nil) = state.dialog else { Issue.record("no dialog"); return }
        #expect(field.text == Self.example)
        for _ in 0..<field.text.count { press(&state, .backspace) }
        type(&state, "y = x +")
        press(&state, .enter)
        guard case .newGraph(_, let error?) = state.dialog else { Issue.record("no error"); return }
        #expect(error.column == 8)
        press(&state, .escape)
        #expect(state.source == Self.example)
        #expect(state.evaluation.values[node(state, "e")] == 6)
    }

    @Test func aGoodNewGraphReplacesTheOldOne() throws {
        var state = try makeState()
        press(&state, .character(":"))
        for _ in 0..<Self.example.count { press(&state, .backspace) }
        type(&state, "x = 3; y = x * x")
        press(&state, .enter)
        #expect(state.dialog == nil)
        #expect(state.graph.nodes.map(\.name) == ["x", "y"])
        #expect(state.analysis.reverse(0).adjoints[0] == 6)
    }

    @Test func newGraphKeepsValuesSetForNamesItStillHas() throws {
        var state = try makeState()
        press(&state, .character("e"))
        type(&state, "5")
        press(&state, .enter, .character(":"))
        for _ in 0..<Self.example.count { press(&state, .backspace) }
        type(&state, "y = a * 2")
        press(&state, .enter)
        #expect(state.evaluation.values[state.graph.outputs[0]] == 10)
    }

    func newGraphText(_ state: ExplorerState) -> String? {
        guard case .newGraph(let field, _) = state.dialog else { return nil }
        return field.text
    }

    @Test func upAndDownRecallTheGraphsOfThisRun() throws {
        var state = try makeState()
        press(&state, .character(":"), .control("u"))
        type(&state, "x = 3; y = x * x")
        press(&state, .enter, .character(":"), .control("u"))
        type(&state, "y = a + 1")
        press(&state, .up)
        #expect(newGraphText(state) == "x = 3; y = x * x")
        press(&state, .up)
        #expect(newGraphText(state) == Self.example)
        press(&state, .up)
        #expect(newGraphText(state) == Self.example)
        press(&state, .down, .down)
        #expect(newGraphText(state) == "y = a + 1")
        press(&state, .up, .enter)
        #expect(state.graph.nodes.map(\.name) == ["x", "y"])
    }

    @Test func theDialogOpensOnTheCurrentGraphAndUpGoesToTheOneBefore() throws {
        var state = try makeState()
        press(&state, .character(":"), .control("u"))
        type(&state, "x = 3; y = x * x")
        press(&state, .enter, .character(":"))
        #expect(newGraphText(state) == "x = 3; y = x * x")
        press(&state, .up)
        #expect(newGraphText(state) == Self.example)
        press(&state, .down)
        #expect(newGraphText(state) == "x = 3; y = x * x")
    }

    @Test func recallingClearsTheError() throws {
        var state = try makeState()
        press(&state, .character(":"), .control("u"))
        type(&state, "y = x +")
        press(&state, .enter, .up)
        guard case .newGraph(let field, nil) = state.dialog else { Issue.record("the error stayed"); return }
        #expect(field.text == Self.example)
    }

    @Test func editingKeysReachTheField() throws {
        var state = try makeState()
        press(&state, .character(":"), .altBackspace)
        #expect(newGraphText(state) == "c = a + b; d = b + 1; e = c * ")
        press(&state, .home, .control("k"))
        type(&state, "y = q")
        press(&state, .left, .delete, .end)
        type(&state, "2")
        #expect(newGraphText(state) == "y = 2")
    }

    @Test func oneLineDropsCommentsAndJoinsStatements() {
        #expect(ExplorerState.oneLine("a = 1 # one\n\n# only a comment\nb = a + 1\n") == "a = 1; b = a + 1")
    }

    @Test func theReadmeListsEveryKey() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        for binding in ExplorerState.keys.bindings {
            #expect(text.contains(" | \(binding.help) |"), "README lacks the key \(binding.keys)")
        }
    }
}

@Suite struct TextFieldMarkTests {
    /// A combining mark typed alone (a pasted decomposed `x̄` arrives a code point at a time)
    /// joins the character before the cursor: the cursor stays within the text.
    @Test func aCombiningMarkJoinsTheCharacterBefore() {
        var field = TextField("ab")
        field.edit(.left)
        field.edit(.character(Character("\u{304}")))
        #expect(field.text == "a\u{304}b")
        #expect(field.cursor == 1)
        field.edit(.end)
        field.edit(.character(Character("\u{304}")))
        #expect(field.cursor == field.text.count)
        _ = field.spans(width: 10, style: .plain)
        field.edit(.backspace)
        #expect(field.text == "a\u{304}")
    }
}
