import Testing
import TextCanvas

@Suite struct TextFitTests {
    @Test func clippingKeepsTextThatFits() {
        #expect("abc".clipped(toWidth: 3) == "abc")
        #expect("abc".clipped(toWidth: 3, ellipsis: true) == "abc")
        #expect("反向".clipped(toWidth: 4, ellipsis: true) == "反向")
    }

    @Test func clippingCutsByColumns() {
        #expect("derivative".clipped(toWidth: 5) == "deriv")
        #expect("derivative".clipped(toWidth: 5, ellipsis: true) == "deri…")
        #expect("derivative".clipped(toWidth: 0, ellipsis: true) == "")
        #expect("b\u{304}c\u{304}d".clipped(toWidth: 2) == "b\u{304}c\u{304}")
    }

    @Test func clippingNeverSplitsAWideCharacter() {
        #expect("反向传播".clipped(toWidth: 5) == "反向")
        #expect("反向传播".clipped(toWidth: 5, ellipsis: true) == "反向…")
        #expect("反向传播".clipped(toWidth: 4, ellipsis: true) == "反…")
        #expect("反向传播".clipped(toWidth: 1) == "")
        #expect("a反".clipped(toWidth: 2) == "a")
    }

    @Test func clippingEscapesControlCharacters() {
        #expect("a\nb".clipped(toWidth: 3) == "a\\n")
    }

    @Test func paddingFillsToTheWidthByColumns() {
        #expect("ab".padded(toWidth: 4) == "ab  ")
        #expect("中".padded(toWidth: 4) == "中  ")
        #expect("b\u{304}".padded(toWidth: 2) == "b\u{304} ")
        #expect("abcdef".padded(toWidth: 4) == "abcdef")
        for width in 0...9 {
            #expect("反向传播x".clipped(toWidth: width).padded(toWidth: width).displayWidth == width)
        }
    }
}
