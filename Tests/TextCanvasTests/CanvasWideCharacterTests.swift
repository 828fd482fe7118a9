import Testing
import TextCanvas

@Suite struct CanvasWideCharacterTests {
    /// A canvas pre-filled with dots, so untouched cells show.
    private func canvas(width: Int) -> Canvas { Canvas(width: width, height: 1, fill: Cell(".")) }

    @Test func oneColumnTextIsWrittenACharacterACell() {
        var canvas = canvas(width: 6)
        canvas.write("ab\nc", x: 1, y: 0)
        #expect(canvas.rows == [".ab\\nc"])
    }

    @Test func aWideCharacterTakesItsCellAndAContinuation() {
        var canvas = canvas(width: 6)
        canvas.write("a中b", x: 1, y: 0, style: .bold)
        #expect(canvas.rows == [".a中b."])
        #expect(canvas[2, 0] == Cell("中", .bold))
        #expect(canvas[3, 0].isContinuation && canvas[3, 0].style == .bold)
        #expect(canvas[4, 0] == Cell("b", .bold))
    }

    @Test func combiningMarksStayOnTheirBaseCell() {
        var canvas = canvas(width: 4)
        canvas.write("b\u{304}=1", x: 0, y: 0)
        #expect(canvas[0, 0].character == "b\u{304}")
        #expect(canvas.rows == ["b\u{304}=1."])
        canvas.write("\u{200B}\u{301}x", x: 3, y: 0)
        #expect(canvas.rows == ["b\u{304}=1x"])
    }

    @Test func aWideCharacterThatDoesNotFitAtTheRightEdgeBecomesASpace() {
        var canvas = canvas(width: 5)
        canvas.write("ab中", x: 2, y: 0)
        #expect(canvas.rows == ["..ab "])
        canvas[4, 0] = Cell("文")
        #expect(canvas.rows == ["..ab "])
    }

    @Test func aWideCharacterCutByMaxWidthBecomesASpace() {
        var canvas = canvas(width: 8)
        canvas.write("中文字", x: 1, y: 0, maxWidth: 5)
        #expect(canvas.rows == [".中文 .."])
        canvas.write("abc", x: 0, y: 0, maxWidth: 0)
        #expect(canvas.rows == [".中文 .."])
    }

    @Test func aWideCharacterCutByTheLeftEdgeLeavesASpace() {
        var canvas = canvas(width: 4)
        canvas.write("中文x", x: -3, y: 0)
        #expect(canvas.rows == [" x.."])
    }

    @Test func overwritingEitherHalfClearsTheOther() {
        var canvas = canvas(width: 6)
        canvas.write("中文", x: 1, y: 0, style: .dim)
        canvas.write("a", x: 1, y: 0)
        #expect(canvas.rows == [".a 文."])
        #expect(canvas[2, 0] == Cell(" ", .dim))
        canvas.write("b", x: 4, y: 0)
        #expect(canvas.rows == [".a  b."])
        #expect(!canvas.cells.contains { $0.isContinuation })
    }

    @Test func aWideCharacterOverlappingAnotherClearsItsOuterHalf() {
        var canvas = canvas(width: 6)
        canvas.write("中文", x: 0, y: 0)
        canvas.write("字", x: 1, y: 0)
        #expect(canvas.rows == [" 字 .."])
    }

    @Test func restylingAContinuationKeepsItsWideCharacter() {
        var canvas = canvas(width: 3)
        canvas.write("中", x: 0, y: 0)
        canvas[1, 0].style = .reverse
        #expect(canvas.rows == ["中."])
        #expect(canvas[1, 0].isContinuation && canvas[1, 0].style == .reverse)
        let continuation = canvas[1, 0]
        canvas[2, 0] = continuation
        #expect(canvas.rows == ["中 "])
        #expect(!canvas[2, 0].isContinuation)
    }

    @Test func everyRowIsAsWideAsTheCanvas() {
        var canvas = canvas(width: 9)
        canvas.write("反向传播：一次", x: 0, y: 0)
        canvas.write("b\u{304}", x: 1, y: 0)
        canvas.write("∂中", x: 6, y: 0)
        for row in canvas.rows { #expect(row.displayWidth == 9, "\(row)") }
    }

    @Test func asciiKeepsTheGridAligned() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.write("中：a∂b\u{304}。", x: 0, y: 0, style: .bold)
        canvas.makeASCII()
        #expect(canvas.rows == ["??: ad?.    "])
        #expect(canvas.cells.allSatisfy { cell in cell.character.isASCII && !cell.isContinuation })
        #expect(canvas[1, 0].style == .bold)
    }

    @Test func asciiForTextKeepsWideCharactersWithoutAStandIn() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.write("中：a∂b\u{304}。", x: 0, y: 0)
        canvas.makeASCII(keepingWide: true)
        #expect(canvas.rows == ["中: ad?.    "])
        #expect(canvas[1, 0].isContinuation)
    }

    @Test func removingColourKeepsWideCharacters() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.write("中", x: 0, y: 0, style: Style(.bold, color: .red))
        canvas.removeColor()
        #expect(canvas.rows == ["中 "])
        #expect(canvas[1, 0].isContinuation && canvas[1, 0].style == .bold)
    }
}
