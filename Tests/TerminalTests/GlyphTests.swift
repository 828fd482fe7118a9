import CNcursesw
import Testing
import TextCanvas

@testable import Terminal

/// Glyphs against stand-in terminals: no test depends on the process locale (which `setlocale`
/// would change for every test running in parallel).
@Suite struct GlyphTests {
    /// A terminal whose widths agree with the canvas, as glibc's under a UTF-8 locale does for
    /// the characters here.
    private static func agreeing(_ wide: wchar_t) -> Int32 {
        Int32(Character(Unicode.Scalar(UInt32(bitPattern: wide))!).displayWidth)
    }

    private func glyph(_ character: Character, terminalWidth: (wchar_t) -> Int32 = agreeing) -> String {
        let scalars = Glyph.wideCharacters(for: character, terminalWidth: terminalWidth)
            .map { Character(Unicode.Scalar(UInt32(bitPattern: $0))!) }
        return String(scalars)
    }

    @Test func oneColumnCharactersPassThroughWithTheirMarks() {
        #expect(glyph("a") == "a")
        #expect(glyph("∂") == "∂")
        #expect(glyph("e\u{301}") == "\u{E9}")
        #expect(glyph("b\u{304}").unicodeScalars.map(\.value) == [0x62, 0x304])
        #expect(glyph("q\u{301}\u{307}").unicodeScalars.count == 3)
    }

    @Test func aWideCharacterIsOneGlyph() {
        #expect(glyph("中") == "中")
        #expect(glyph("，") == "，")
        #expect(glyph("😀") == "😀")
        #expect(glyph("中\u{301}").unicodeScalars.map(\.value) == [0x4E2D, 0x301])
    }

    @Test func controlAndZeroWidthCharactersBecomeQuestionMarks() {
        #expect(glyph("\u{1B}") == "?")
        #expect(glyph("\u{7F}") == "?")
        #expect(glyph("\u{301}") == "?")
    }

    @Test func whereTheTerminalDisagreesAReplacementOfTheCanvasWidthIsDrawn() {
        let oldTables: (wchar_t) -> Int32 = { $0 < 0x1F000 ? Self.agreeing($0) : -1 }
        #expect(glyph("😀", terminalWidth: oldTables) == "？")
        #expect(glyph("中", terminalWidth: oldTables) == "中")
        #expect(glyph("∂", terminalWidth: { _ in 2 }) == "?")
        #expect(glyph("b\u{304}", terminalWidth: { _ in 1 }) == "b")
    }
}
