import Testing
import TextCanvas

@Suite struct TextWrapTests {
    @Test func textThatFitsStaysWhole() {
        #expect(wrap("  indented", width: 10) == ["  indented"])
        #expect(wrap("反向传播", width: 8) == ["反向传播"])
    }

    @Test func englishBreaksAtSpaces() {
        #expect(wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(wrap("the adjoint b\u{304} sums paths", width: 12) == ["the adjoint", "b\u{304} sums paths"])
        #expect(wrap("a  b", width: 3) == ["a ", "b"])
    }

    @Test func chineseBreaksBetweenCharacters() {
        let lines = wrap("反向传播：一次反向扫描给出每个输入的导数。", width: 10)
        #expect(lines == ["反向传播：", "一次反向扫", "描给出每个", "输入的导", "数。"])
        #expect(wrap("反向传播：一次反向扫描", width: 9) == ["反向传", "播：一次", "反向扫描"])
        #expect(wrap("看「反向」模式", width: 6) == ["看「反", "向」模", "式"])
    }

    @Test func aWordWiderThanTheLineIsBrokenByColumns() {
        #expect(wrap("see backpropagation", width: 8) == ["see back", "propagat", "ion"])
        #expect(wrap("mode 反向传播", width: 8) == ["mode 反", "向传播"])
        #expect(wrap("GraphTutor教你", width: 6) == ["GraphT", "utor教", "你"])
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = "GraphTutor 教你一步一步看反向传播 on a graph，每条边 ∂c/∂b 都有数字。"
        for width in 2...30 {
            for line in wrap(text, width: width) { #expect(line.displayWidth <= width, "width \(width): \(line)") }
        }
    }

    @Test func aCharacterWiderThanTheLineGetsALineOfItsOwn() {
        #expect(wrap("中文", width: 1) == ["中", "文"])
    }
}

@Suite struct LineBreakPieceTests {
    @Test func piecesRejoinToTheTextAndBreakAtSpacesAndBesideWideCharacters() {
        #expect(lineBreakPieces("one two  three") == ["one", " two", "  three"])
        #expect(lineBreakPieces("反向传播。c = 1") == ["反", "向", "传", "播。", "c", " =", " 1"])
        for text in ["", "a", "反向传播：一次反向扫描给出每个输入的导数。", "mixed 中文 text，ok"] {
            #expect(lineBreakPieces(text).joined() == text)
        }
    }
}
