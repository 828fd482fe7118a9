import CNcursesw
import Foundation
import TextCanvas

/// The wide characters curses is given for one canvas character.
enum Glyph {
    /// `character` as a base character and its combining marks, ready for `setcchar`, to be drawn
    /// at the first of the `character.displayWidth` columns the canvas gives it (curses covers the
    /// second column of a wide character itself).
    ///
    /// The canvas decides the width. `terminalWidth` is the width curses will go by — libc's
    /// `wcwidth` under the screen's locale — and where it disagrees the cursor would end up in
    /// the wrong column for the rest of the row, so such a character (a control character, an
    /// emoji newer than libc's tables) is drawn as `?`, or `？` when two columns wide. Only marks
    /// `terminalWidth` calls zero-width go with the base. Precomposed forms are preferred, as
    /// terminals handle combining marks unevenly.
    static func wideCharacters(for character: Character, terminalWidth: (wchar_t) -> Int32) -> [wchar_t] {
        let columns = character.displayWidth
        let composed = String(character).precomposedStringWithCanonicalMapping
        let scalars = composed.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let base = scalars[0]
        guard character.unicodeScalars.first!.properties.generalCategory != .control, columns > 0,
            terminalWidth(base) == columns
        else { return [columns == 2 ? 0xFF1F : wchar_t(UInt8(ascii: "?"))] }
        let marks = scalars.dropFirst().prefix { terminalWidth($0) == 0 }.prefix(Int(CCHARW_MAX) - 2)
        return [base] + marks
    }
}
