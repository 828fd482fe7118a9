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
}
