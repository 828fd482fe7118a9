import GraphEngine
import TextCanvas
import Tutor
import Words

extension LessonPlayer {
    /// The smallest terminal the lesson screen draws in.
    public static let minimumSize = (width: 70, height: 20)

    /// Draws the lesson: the title with the step, the graph pane as the step shows it, the
    /// pass's caption, the prose beside the derivative table — the node panel on an array
    /// graph — or the loss curve, the keys.
    public func render(into canvas: inout Canvas) {
        let (title, body, footer) = Rect(canvas).screenParts
        let (upper, lower) = body.splitRows(at: upperRows(body.height))
        let (graphArea, captionArea) = upper.splitRows(at: upper.height - 3)
        drawTitle(into: &canvas, title)
        shown.drawGraphPane(into: &canvas, graphArea)
        shown.drawCaption(into: &canvas, captionArea)
        let (left, right) = lower.splitColumns(at: lower.width * 11 / 20)
        drawProse(into: &canvas, left.inset(columns: 1))
        for row in right.y..<right.bottom { canvas[right.x, row] = Cell("│", .dim) }
        let side = Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height)
        switch shown {
        case _ where frame.step.plot:
            PlotView.draw(frame.losses, name: shown.lossName, into: &canvas, side)
        case .scalar(let explorer):
            let output = DerivativeTable.output(during: explorer.walkthrough?.kind, explorer.graph)
            let table = DerivativeTable.lines(explorer.disclosure, output: output, selected: explorer.selected, width: side.width, height: side.height, notation: explorer.notation)
            TextPane(table, wrapping: false).draw(into: &canvas, side)
        case .blocks(let explorer):
            BlockNodePanel(evaluation: explorer.evaluation, walkthrough: explorer.walkthrough, selected: explorer.selected, notation: explorer.notation)
                .draw(into: &canvas, side)
        }
        let keys = isLastStep ? LessonScreenWords.current.lessonDone : Self.keys.footer(width: footer.width - 2)
        canvas.write(keys, x: footer.x + 1, y: footer.y, maxWidth: footer.width - 2, style: .dim)
        if let helpPage { DialogView.help(Self.keys, page: helpPage, notation: shown.notation, into: &canvas) }
    }

    /// The rows of a body `height` high for the graph pane and the caption: 12 of the 22 at
    /// 80×24, about half of a taller body; an array graph's blocks as many more as they need
    /// to be seen whole, while the prose keeps 8.
    private func upperRows(_ height: Int) -> Int {
        let rows = max(9, height * 11 / 20)
        guard case .blocks(let explorer) = shown else { return rows }
        return max(rows, min(explorer.layout.height + 3, height - 8))
    }

    private func drawTitle(into canvas: inout Canvas, _ rect: Rect) {
        let (lesson, words) = (script.lesson, LessonScreenWords.current)
        let number = lesson.number.map { words.lessonNumber($0) } ?? ""
        canvas.titleBar("\(number)\(lesson.title) · \(words.stepOf(index + 1, script.frames.count))", in: rect)
    }

    /// The prose from `scroll` on; when more follows, the last row says so.
    private func drawProse(into canvas: inout Canvas, _ rect: Rect) {
        let prose = ProsePane(blocks: self.prose)
        let rows = prose.rows(width: rect.width).count
        let scroll = min(scroll, max(0, rows - rect.height))
        let more = rows - scroll > rect.height
        prose.draw(into: &canvas, more ? rect.splitRows(at: rect.height - 1).top : rect, scroll: scroll)
        if more { canvas.write(LessonScreenWords.current.moreBelow, x: rect.x, y: rect.bottom - 1, style: .dim) }
    }
}
