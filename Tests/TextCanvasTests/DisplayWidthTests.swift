import Testing
import TextCanvas

@Suite struct DisplayWidthTests {
    @Test func asciiAndNarrowSymbolsTakeOneColumn() {
        #expect("abc 123".displayWidth == 7)
        #expect("∂e/∂b ─│→…".displayWidth == 10)
        #expect("".displayWidth == 0)
    }

    @Test func cjkKanaHangulAndFullwidthFormsTakeTwoColumns() {
        for character: Character in ["中", "導", "あ", "カ", "한", "。", "，", "、", "「", "」", "：", "Ａ", "\u{3000}", "😀", "🚀"] {
            #expect(character.displayWidth == 2, "\(character)")
        }
        #expect("反向传播".displayWidth == 8)
        #expect("a中b".displayWidth == 4)
    }

    @Test func combiningMarksAndZeroWidthCharactersTakeNoColumn() {
        #expect(Character("\u{301}").displayWidth == 0)
        #expect(Character("\u{20DD}").displayWidth == 0)  // enclosing circle
        #expect(Character("\u{200B}").displayWidth == 0)  // zero-width space
        #expect("a\u{200B}b".displayWidth == 2)
    }

    @Test func aClusterIsAsWideAsItsBase() {
        #expect(Character("b\u{304}").displayWidth == 1)  // b̄
        #expect(Character("b\u{307}").displayWidth == 1)  // ḃ
        #expect("∂e/∂b\u{304}".displayWidth == 5)
        #expect(Character("中\u{301}").displayWidth == 2)
        #expect(Character("👍🏽").displayWidth == 2)
        #expect(Character("한").displayWidth == Character("\u{1112}\u{1161}\u{11AB}").displayWidth)
    }

    @Test func flagsAndAmbiguousCharactersStayOneColumn() {
        #expect(Character("\u{1F1FA}").displayWidth == 1)
        #expect(Character("·").displayWidth == 1)
        #expect(Character("▶").displayWidth == 1)
    }

    @Test func controlCharactersCountAsTheirEscapes() {
        #expect("a\nb".displayWidth == 4)
        #expect("\u{1B}".displayWidth == 6)  // \u{1B}
        #expect(Character("\u{1B}").displayWidth == 1)
    }
}
