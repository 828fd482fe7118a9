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

    @Test func printableCharactersPassThrough() {
        #expect(decode(.character(UInt32(UInt8(ascii: "q")))) == .character("q"))
        #expect(decode(.character(0x2202)) == .character("∂"))
    }

    @Test func unknownKeysAreIgnored() {
        #expect(decode(.character(1)) == nil)
        #expect(decode(.character(0x85)) == nil)
        #expect(decode(.character(0xD800)) == nil)
        #expect(decode(.function(KEY_HOME)) == nil)
    }
}
