import GraphEngine
import TextCanvas
import Tutor
import Words

extension LessonPlayer {
    /// The smallest terminal the lesson screen draws in.
    public static let minimumSize = (width: 70, height: 20)

    /// Draws the lesson: the title with the step, the graph pane as the step shows it, the
    /// pass's caption, the prose beside the derivative table (or the loss curve), the keys.
    public func render(into canvas: inout Canvas) {
        let (title, body, footer) = Rect(canvas).screenParts
        let (upper, lower) = body.splitRows(at: max(9, body.height * 11 / 20))
        let (graphArea, captionArea) = upper.splitRows(at: upper.height - 3)
        drawTitle(into: &canvas, title)
        explorer.drawGraphPane(into: &canvas, graphArea)
        explorer.drawCaption(into: &canvas, captionArea)
        let (left, right) = lower.splitColumns(at: lower.width * 11 / 20)
        drawProse(into: &canvas, left.inset(columns: 1))
        for row in right.y..<right.bottom { canvas[right.x, row] = Cell("│", .dim) }
        let side = Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height)
        if frame.step.plot {
            PlotView.draw(frame.losses, name: explorer.graph.nodes[explorer.graph.outputs[0]].name, into: &canvas, side)
        } else {
            let output = DerivativeTable.output(during: explorer.walkthrough?.kind, explorer.graph)
            let table = DerivativeTable.lines(explorer.disclosure, output: output, selected: explorer.selected, width: side.width, height: side.height, notation: explorer.notation)
            TextPane(table, wrapping: false).draw(into: &canvas, side)
        }
        let keys = isLastStep ? LessonScreenWords.current.lessonDone : Self.keys.footer(width: footer.width - 2)
        canvas.write(keys, x: footer.x + 1, y: footer.y, maxWidth: footer.width - 2, style: .dim)
        if let helpPage { DialogView.help(Self.keys, page: helpPage, notation: explorer.notation, into: &canvas) }
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
