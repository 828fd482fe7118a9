import Testing
import TextCanvas

@testable import Terminal

@Suite struct CanvasDiffTests {
    @Test func withoutAPreviousCanvasEveryCellIsDrawn() {
        let canvas = Canvas(width: 3, height: 2)
        #expect(canvas.changes(since: nil).count == 6)
    }

    @Test func onlyChangedCellsAreDrawn() {
        let before = Canvas(width: 4, height: 2)
        var after = before
        after.write("a", x: 1, y: 0)
        after[3, 1] = Cell(" ", .bold)
        #expect(
            after.changes(since: before) == [
                CellChange(x: 1, y: 0, cell: Cell("a")),
                CellChange(x: 3, y: 1, cell: Cell(" ", .bold)),
            ])
        #expect(after.changes(since: after).isEmpty)
    }

    @Test func aResizedCanvasIsDrawnWhole() {
        #expect(Canvas(width: 2, height: 2).changes(since: Canvas(width: 3, height: 2)).count == 4)
    }

    /// A one-row canvas, 4 columns wide, with `text` written from column `x`.
    private func row(_ text: String, at x: Int) -> Canvas {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write(text, x: x, y: 0)
        return canvas
    }

    /// The changes that writing `text` at column `x` over `canvas` makes.
    private func changes(writing text: String, at x: Int, over canvas: Canvas) -> [CellChange] {
        var after = canvas
        after.write(text, x: x, y: 0)
        return after.changes(since: canvas)
    }

    @Test func aWideCharacterIsDrawnOnceAtItsFirstCell() {
        #expect(row("中", at: 1).changes(since: nil).map(\.x) == [0, 1, 3])
        #expect(changes(writing: "中", at: 1, over: row("abcd", at: 0)) == [CellChange(x: 1, y: 0, cell: Cell("中"))])
    }

    @Test func changingEitherHalfRepaintsTheWholeWideCharacter() {
        var restyled = row("中", at: 1)
        restyled[2, 0].style = .bold
        #expect(restyled.changes(since: row("中", at: 1)) == [CellChange(x: 1, y: 0, cell: Cell("中"))])
        #expect(changes(writing: "文", at: 1, over: row("中", at: 1)) == [CellChange(x: 1, y: 0, cell: Cell("文"))])
    }

    @Test func overwritingHalfAWideCharacterDrawsBothHalvesAnew() {
        #expect(
            changes(writing: "a", at: 2, over: row("中", at: 1)) == [
                CellChange(x: 1, y: 0, cell: Cell(" ")), CellChange(x: 2, y: 0, cell: Cell("a")),
            ])
    }

    @Test func addingACombiningMarkRedrawsItsCell() {
        #expect(changes(writing: "b\u{304}", at: 0, over: row("bc", at: 0)) == [CellChange(x: 0, y: 0, cell: Cell("b\u{304}"))])
    }
}
