@testable import TerminalUI
import Testing

/// Up and Down through earlier lines, as in a shell.
@Suite struct LineHistoryTests {
    @Test func upGoesBackAndDownComesBackToTheLineBeingTyped() {
        var history = LineHistory()
        history.begin("x = 1")
        history.begin("y = 2")
        #expect(history.entries == ["x = 1", "y = 2"])
        #expect(history.recall(.older, replacing: "y = 2; z") == "y = 2")
        #expect(history.recall(.older, replacing: "y = 2") == "x = 1")
        #expect(history.recall(.older, replacing: "x = 1") == nil)
        #expect(history.recall(.newer, replacing: "x = 1") == "y = 2")
        #expect(history.recall(.newer, replacing: "y = 2") == "y = 2; z")
        #expect(history.recall(.newer, replacing: "y = 2; z") == nil)
    }

    @Test func entriesLikeTheLineShownArePassedOver() {
        var history = LineHistory()
        for line in ["a", "b", "b", "a"] { history.begin(line) }
        #expect(history.entries == ["a", "b", "a"])
        #expect(history.recall(.older, replacing: "a") == "b")
        #expect(history.recall(.older, replacing: "b") == "a")
        #expect(history.recall(.newer, replacing: "a") == "b")
        #expect(history.recall(.newer, replacing: "b") == "a")
        #expect(history.recall(.newer, replacing: "a") == nil)
    }

    @Test func beginningAgainStartsFromTheNewest() {
        var history = LineHistory()
        history.begin("a")
        history.begin("b")
        _ = history.recall(.older, replacing: "b")
        history.begin("c")
        #expect(history.recall(.older, replacing: "c") == "b")
    }
}
