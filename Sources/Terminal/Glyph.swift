import CNcursesw
import Foundation

/// The wide characters curses is given for one canvas character.
enum Glyph {
    /// `character` as a base character and its combining marks, ready for `setcchar`.
    ///
    /// Anything that would not take exactly one column is drawn as `?` so the grid stays
    /// aligned: control characters, double-width characters, and with `ascii` every non-ASCII
    /// character. Precomposed forms are preferred, as terminals handle combining marks unevenly.
    static func wideCharacters(for character: Character, ascii: Bool) -> [wchar_t] {
        let composed = String(character).precomposedStringWithCanonicalMapping
        let scalars = composed.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        let replacement: [wchar_t] = [wchar_t(UInt8(ascii: "?"))]
        guard let base = scalars.first else { return replacement }
        if ascii {
            return scalars.count == 1 && (0x20..<0x7F).contains(base) ? [base] : replacement
        }
        guard wcwidth(base) == 1 else { return replacement }
        let marks = scalars.dropFirst().prefix { wcwidth($0) == 0 }.prefix(Int(CCHARW_MAX) - 2)
        return [base] + marks
    }
}
