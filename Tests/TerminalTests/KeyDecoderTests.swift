import CNcursesw
import Testing
import TextCanvas

@testable import Terminal

@Suite struct KeyDecoderTests {
    private func decode(_ key: KeyDecoder.Key) -> Event? {
        KeyDecoder.event(for: key, size: (width: 100, height: 30))
    }

    @Test func functionKeysBecomeNavigationEvents() {
        #expect(decode(.function(KEY_UP)) == .up)
        #expect(decode(.function(KEY_DOWN)) == .down)
        #expect(decode(.function(KEY_LEFT)) == .left)
        #expect(decode(.function(KEY_RIGHT)) == .right)
        #expect(decode(.function(KEY_BTAB)) == .backTab)
        #expect(decode(.function(KEY_ENTER)) == .enter)
        #expect(decode(.function(KEY_BACKSPACE)) == .backspace)
    }

    @Test func editingFunctionKeys() {
        #expect(decode(.function(KEY_HOME)) == .home)
        #expect(decode(.function(KEY_END)) == .end)
        #expect(decode(.function(KEY_DC)) == .delete)
    }

    @Test func resizeCarriesTheNewSize() {
        #expect(decode(.function(KEY_RESIZE)) == .resize(width: 100, height: 30))
    }

    @Test func controlCharactersBecomeEditingEvents() {
        #expect(decode(.character(9)) == .tab)
        #expect(decode(.character(10)) == .enter)
        #expect(decode(.character(13)) == .enter)
        #expect(decode(.character(8)) == .backspace)
        #expect(decode(.character(127)) == .backspace)
        #expect(decode(.character(27)) == .escape)
        #expect(decode(.character(3)) == .interrupt)
    }

    @Test func controlLettersKeepTheirLetter() {
        #expect(decode(.character(1)) == .control("a"))
        #expect(decode(.character(2)) == .control("b"))
        #expect(decode(.character(5)) == .control("e"))
        #expect(decode(.character(11)) == .control("k"))
        #expect(decode(.character(21)) == .control("u"))
        #expect(decode(.character(23)) == .control("w"))
        #expect(decode(.character(26)) == .control("z"))
    }

    @Test func backspaceRightAfterEscIsAltBackspace() {
        #expect(KeyDecoder.event(afterEscape: .character(127)) == .altBackspace)
        #expect(KeyDecoder.event(afterEscape: .character(8)) == .altBackspace)
        #expect(KeyDecoder.event(afterEscape: .function(KEY_BACKSPACE)) == .altBackspace)
        #expect(KeyDecoder.event(afterEscape: .character(UInt32(UInt8(ascii: "q")))) == nil)
        #expect(KeyDecoder.event(afterEscape: .character(27)) == nil)
        #expect(KeyDecoder.event(afterEscape: .function(KEY_LEFT)) == nil)
    }

    @Test func printableCharactersPassThrough() {
        #expect(decode(.character(UInt32(UInt8(ascii: "q")))) == .character("q"))
        #expect(decode(.character(0x2202)) == .character("∂"))
    }

    @Test func unknownKeysAreIgnored() {
        #expect(decode(.character(0)) == nil)
        #expect(decode(.character(28)) == nil)
        #expect(decode(.character(0x85)) == nil)
        #expect(decode(.character(0xD800)) == nil)
        #expect(decode(.function(KEY_F0 + 1)) == nil)
    }
}
