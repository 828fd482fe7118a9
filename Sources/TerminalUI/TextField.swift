import TextCanvas

/// A one-line text entry edited as in a shell: a cursor that moves by character (grapheme),
/// the usual control keys, and a selection of the whole text that the first key typed replaces.
///
/// Keys: ← → (Ctrl-B Ctrl-F) move; Home End (Ctrl-A Ctrl-E) go to the start and the end;
/// Backspace deletes before the cursor, Delete at it; Ctrl-U deletes to the start, Ctrl-K to
/// the end; Ctrl-W and Alt-Backspace delete the word before the cursor.
///
///     var field = TextField("2.5", selectingAll: true)
///     field.edit(.character("3"))   // "3": typing replaced the selection
///     field.edit(.home)
///     field.edit(.character("-"))   // "-3", the cursor after the "-"
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// How many characters stand before the cursor.
    public private(set) var cursor: Int
    /// Whether the whole text is selected, so that typing replaces it and Backspace or Delete
    /// removes it.
    public private(set) var isSelected: Bool

    /// A field holding `text`, the cursor at its end.
    public init(_ text: String = "", selectingAll: Bool = false) {
        self.text = text
        cursor = text.count
        isSelected = selectingAll && !text.isEmpty
    }

    /// Applies an editing key; returns false for keys a text field does not handle.
    ///
    /// Control characters typed are dropped, so they never reach the screen. A combining mark
    /// joins the character before the cursor. Moving keys drop the selection: ← and Home put the
    /// cursor at its start, → and End at its end.
    @discardableResult
    public mutating func edit(_ event: Event) -> Bool {
        switch event {
        case .character(let character):
            if character.isNewline || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return true }
            deleteSelection()
            // Counted again after inserting: a combining mark, typed alone, joins the character
            // before it rather than adding one.
            let after = text[index(cursor)...].count
            text.insert(character, at: index(cursor))
            cursor = text.count - after
        case .backspace:
            if !deleteSelection(), cursor > 0 {
                cursor -= 1
                text.remove(at: index(cursor))
            }
        case .delete:
            if !deleteSelection(), cursor < text.count { text.remove(at: index(cursor)) }
        case .left, .control("b"): cursor = isSelected ? 0 : max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"): delete(from: 0)
        case .control("k"): text.removeSubrange(index(cursor)...)
        case .control("w"), .altBackspace: delete(from: wordStart)
        default: return false
        }
        isSelected = false
        return true
    }

    /// Removes the selected text, if any; whether there was some.
    @discardableResult
    private mutating func deleteSelection() -> Bool {
        guard isSelected else { return false }
        text = ""
        cursor = 0
        isSelected = false
        return true
    }

    /// Deletes from `start` up to the cursor.
    private mutating func delete(from start: Int) {
        text.removeSubrange(index(start)..<index(cursor))
        cursor = start
    }

    /// Where the word before the cursor starts: spaces before the cursor are passed over, then
    /// a run of name characters (letters, digits, `_ . %`) or a run of other symbols, so that
    /// `c = a + b1` loses `b1`, then `+ `, then `a `.
    private var wordStart: Int {
        let before = Array(text.prefix(cursor))
        var start = before.count
        while start > 0, before[start - 1].isWhitespace { start -= 1 }
        guard start > 0 else { return 0 }
        let isName = { (character: Character) in character.isLetter || character.isNumber || "_.%".contains(character) }
        let kind = isName(before[start - 1])
        while start > 0, !before[start - 1].isWhitespace, isName(before[start - 1]) == kind { start -= 1 }
        return start
    }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: offset) }
}

extension TextField {
    /// A piece of the field as drawn: text in one style.
    public typealias Span = (text: String, style: Style)

    /// The field as it shows in `width` columns, in `style`: the spans to write one after another,
    /// and how many characters of the text are scrolled out on the left.
    ///
    /// The cursor shows as `▏` after the text when it is at the end, else as the character under
    /// it in reverse video; the selection shows in reverse video. Text wider than `width` scrolls
    /// in steps of half the width, keeping about a quarter of the width on either side of the
    /// cursor, or shows its end when the cursor is near the end.
    public func spans(width: Int, style: Style) -> (spans: [Span], scrolled: Int) {
        let width = max(1, width)
        let step = max(1, width / 2)
        let characters = Array(text)
        var scrolled = min(max(0, characters.count + 1 - width), max(0, (cursor - width / 4) / step * step))
        // Wide characters take two columns: scroll on until the cursor fits.
        while scrolled < cursor, String(characters[scrolled..<cursor]).displayWidth + 1 > width { scrolled += 1 }
        var shown: [Character] = []
        var used = 0
        for character in characters.dropFirst(scrolled) {
            used += character.displayWidth
            if used > width { break }
            shown.append(character)
        }
        let column = cursor - scrolled
        let highlighted = style.union(.reverse)
        if isSelected { return ([(String(shown), highlighted), ("▏", style)], scrolled) }
        guard column < shown.count else { return ([(String(shown), style), ("▏", style)], scrolled) }
        let spans = [
            (String(shown[..<column]), style),
            (String(shown[column]), highlighted),
            (String(shown[(column + 1)...]), style),
        ]
        return (spans.filter { !$0.0.isEmpty }, scrolled)
    }
}

extension Canvas {
    /// Writes `spans` one after another from (x, y).
    mutating func write(_ spans: [TextField.Span], x: Int, y: Int) {
        var column = x
        for span in spans {
            write(span.text, x: column, y: y, style: span.style)
            column += span.text.displayWidth
        }
    }
}
