@testable import TerminalUI
import Testing
import TextCanvas

/// Every editing key of `TextField`, and how a field shows when it scrolls.
@Suite struct TextFieldTests {
    /// `text` with the cursor where `|` is.
    func field(_ marked: String) -> TextField {
        let cursor = marked.firstIndex(of: "|")!
        var field = TextField(marked.replacingOccurrences(of: "|", with: ""))
        for _ in marked[cursor...].dropFirst() { field.edit(.left) }
        return field
    }

    /// The field's text with `|` at the cursor.
    func marked(_ field: TextField) -> String {
        var text = field.text
        text.insert("|", at: text.index(text.startIndex, offsetBy: field.cursor))
        return text
    }

    func edited(_ marked: String, _ events: Event...) -> String {
        var field = field(marked)
        for event in events { field.edit(event) }
        return self.marked(field)
    }

    @Test func typingInsertsAtTheCursor() {
        #expect(edited("|", .character("a"), .character("b")) == "ab|")
        #expect(edited("a|c", .character("b")) == "ab|c")
        #expect(edited("|bc", .character("a")) == "a|bc")
    }

    @Test func arrowsAndTheirControlKeysMoveByCharacter() {
        #expect(edited("abc|", .left) == "ab|c")
        #expect(edited("abc|", .control("b"), .control("b")) == "a|bc")
        #expect(edited("|abc", .left) == "|abc")
        #expect(edited("a|bc", .right) == "ab|c")
        #expect(edited("a|bc", .control("f")) == "ab|c")
        #expect(edited("abc|", .right) == "abc|")
    }

    @Test func homeAndEndAndTheirControlKeys() {
        #expect(edited("ab|c", .home) == "|abc")
        #expect(edited("ab|c", .control("a")) == "|abc")
        #expect(edited("a|bc", .end) == "abc|")
        #expect(edited("a|bc", .control("e")) == "abc|")
    }

    @Test func backspaceDeletesBeforeTheCursorAndDeleteAtIt() {
        #expect(edited("ab|c", .backspace) == "a|c")
        #expect(edited("|abc", .backspace) == "|abc")
        #expect(edited("a|bc", .delete) == "a|c")
        #expect(edited("abc|", .delete) == "abc|")
    }

    @Test func controlUAndKDeleteToTheStartAndToTheEnd() {
        #expect(edited("ab|cd", .control("u")) == "|cd")
        #expect(edited("ab|cd", .control("k")) == "ab|")
    }

    @Test func controlWAndAltBackspaceDeleteTheWordBeforeTheCursor() {
        #expect(edited("c = a + b1|", .control("w")) == "c = a + |")
        #expect(edited("c = a + |", .control("w")) == "c = a |")
        #expect(edited("c = a + b1|", .altBackspace, .altBackspace) == "c = a |")
        #expect(edited("y = exp(x_1.5|)", .altBackspace) == "y = exp(|)")
        #expect(edited("y = exp(|)", .altBackspace) == "y = exp|)")
        #expect(edited("  |x", .control("w")) == "|x")
        #expect(edited("|x", .control("w")) == "|x")
    }

    @Test func editingIsByCharacterNotByScalar() {
        #expect(edited("b̄|", .backspace) == "|")
        #expect(edited("ab̄|c", .left, .delete) == "a|c")
        #expect(edited("a + b̄|", .control("w")) == "a + |")
    }

    @Test func controlCharactersAndNewLinesAreNotInserted() {
        #expect(edited("a|", .character("\u{1B}"), .character("\u{07}"), .character("\n")) == "a|")
    }

    @Test func otherKeysAreLeftToTheScreen() {
        var field = field("ab|")
        for event in [Event.up, .down, .enter, .escape, .tab, .control("l")] {
            let handled = field.edit(event)
            #expect(!handled, "\(event)")
        }
        #expect(marked(field) == "ab|")
    }

    @Test func typingReplacesASelection() {
        var field = TextField("2.5", selectingAll: true)
        #expect(field.isSelected)
        field.edit(.character("3"))
        field.edit(.character("5"))
        #expect(marked(field) == "35|")
        #expect(!field.isSelected)
    }

    @Test func backspaceAndDeleteDeleteASelection() {
        for key in [Event.backspace, .delete] {
            var field = TextField("2.5", selectingAll: true)
            field.edit(key)
            #expect(marked(field) == "|")
            #expect(!field.isSelected)
        }
    }

    @Test func movingDropsTheSelectionAndKeepsTheText() {
        let moves: [(Event, String)] = [(.left, "|2.5"), (.home, "|2.5"), (.right, "2.5|"), (.end, "2.5|"), (.control("a"), "|2.5")]
        for (key, expected) in moves {
            var field = TextField("2.5", selectingAll: true)
            field.edit(key)
            #expect(marked(field) == expected, "after \(key)")
            #expect(!field.isSelected)
        }
    }

    @Test func anEmptyFieldHasNoSelection() {
        #expect(!TextField("", selectingAll: true).isSelected)
    }

    // MARK: - How the field shows

    func shown(_ field: TextField, width: Int) -> (text: String, scrolled: Int) {
        let (spans, scrolled) = field.spans(width: width, style: .bold)
        return (spans.map(\.text).joined(), scrolled)
    }

    @Test func aFieldThatFitsShowsItsTextAndTheCursorAfterIt() {
        let (spans, scrolled) = TextField("abc").spans(width: 10, style: .bold)
        #expect(spans.map(\.text) == ["abc", "▏"])
        #expect(spans.map(\.style) == [.bold, .bold])
        #expect(scrolled == 0)
    }

    @Test func theCursorInsideTheTextIsTheCharacterUnderItReversed() {
        let (spans, _) = field("a|bc").spans(width: 10, style: .bold)
        #expect(spans.map(\.text) == ["a", "b", "c"])
        #expect(spans.map(\.style) == [.bold, Style([.bold, .reverse]), .bold])
        #expect(field("|abc").spans(width: 10, style: .bold).spans.map(\.text) == ["a", "bc"])
    }

    @Test func aSelectionIsReversed() {
        let (spans, _) = TextField("2.5", selectingAll: true).spans(width: 10, style: .bold)
        #expect(spans.map(\.text) == ["2.5", "▏"])
        #expect(spans.map(\.style) == [Style([.bold, .reverse]), .bold])
    }

    @Test func aLongFieldShowsItsEndWhileTheCursorIsThere() {
        let text = String((0..<30).map { Character(String($0 % 10)) })
        #expect(shown(TextField(text), width: 12) == (text.suffix(11) + "▏", 19))
    }

    @Test func aLongFieldScrollsInHalfWidthsAroundTheCursor() {
        let text = String((0..<30).map { Character(String($0 % 10)) })
        var field = TextField(text)
        field.edit(.home)
        #expect(shown(field, width: 12) == ("012345678901", 0))
        var scrolls: [Int] = []
        for _ in 0..<30 {
            let (spans, scrolled) = field.spans(width: 12, style: .plain)
            let column = field.cursor - scrolled
            #expect((0..<12).contains(column), "cursor \(field.cursor) out of view")
            #expect(spans.first { $0.style == .reverse }?.text == String(Array(text)[field.cursor]))
            scrolls.append(scrolled)
            field.edit(.right)
        }
        #expect(Array(Set(scrolls)).sorted() == [0, 6, 12, 18, 19])
    }

    @Test func aTinyWidthStillShowsTheCursor() {
        #expect(shown(TextField("abc"), width: 1) == ("▏", 3))
        #expect(shown(field("a|bc"), width: 1) == ("b", 1))
    }
}
