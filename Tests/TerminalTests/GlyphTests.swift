import CNcursesw
import Testing

@testable import Terminal

@Suite struct GlyphTests {
    private func glyph(_ character: Character, ascii: Bool) -> String {
        let scalars = Glyph.wideCharacters(for: character, ascii: ascii)
            .map { Character(Unicode.Scalar(UInt32(bitPattern: $0))!) }
        return String(scalars)
    }

    @Test func asciiModeNeverEmitsNonASCII() {
        #expect(glyph("a", ascii: true) == "a")
        #expect(glyph("∂", ascii: true) == "?")
        #expect(glyph("e\u{301}", ascii: true) == "?")
    }

    @Test func charactersThatAreNotOneColumnWideBecomeQuestionMarks() {
        setlocale(LC_ALL, "C.UTF-8")
        #expect(glyph("∂", ascii: false) == "∂")
        #expect(glyph("e\u{301}", ascii: false).unicodeScalars.count == 1)
        #expect(glyph("q\u{301}", ascii: false).unicodeScalars.count == 2)
        #expect(glyph("\u{1B}", ascii: false) == "?")
        #expect(glyph("😀", ascii: false) == "?")
        #expect(glyph("漢", ascii: false) == "?")
    }
}
