import TextCanvas
import Tutor

/// Lesson prose drawn into a rectangle: paragraphs and list items wrapped at spaces to the
/// width, emphasis bold and code in colour, scrolled by `scroll` rows.
struct ProsePane {
    /// One screen row: its runs of text and their styles.
    typealias Row = [(text: String, style: Style)]

    let blocks: [Prose.Block]

    /// The rows the prose takes at `width`, a blank row between blocks.
    func rows(width: Int) -> [Row] {
        var rows: [Row] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 && !(block.isListItem && blocks[index - 1].isListItem) { rows.append([]) }
            rows += Self.wrap(block, width: width)
        }
        return rows
    }

    /// Draws the rows from `scroll` on into `rect`.
    func draw(into canvas: inout Canvas, _ rect: Rect, scroll: Int) {
        for (offset, row) in rows(width: rect.width).dropFirst(scroll).prefix(rect.height).enumerated() {
            var x = rect.x
            for run in row {
                canvas.write(run.text, x: x, y: rect.y + offset, maxWidth: rect.right - x, style: run.style)
                x += run.text.displayWidth
            }
        }
    }

    private static func style(_ style: Prose.Span.Style) -> Style {
        switch style {
        case .plain: .plain
        case .emphasis: .bold
        case .code: Style(color: .cyan)
        }
    }

    /// A block's words, filled into rows of `width`; a list item hangs after its `- `. Lines
    /// break where `lineBreakPieces` allows: at spaces, and beside CJK characters.
    private static func wrap(_ block: Prose.Block, width: Int) -> [Row] {
        let width = max(1, width)
        let indent = block.isListItem ? 2 : 0
        var rows: [Row] = [block.isListItem ? [("- ", .plain)] : []]
        var used = indent
        for span in block.spans {
            let style = style(span.style)
            for piece in lineBreakPieces(span.text) {
                if used + piece.displayWidth > width && used > indent {
                    rows.append(indent > 0 ? [(String(repeating: " ", count: indent), .plain)] : [])
                    used = indent
                    let trimmed = String(piece.drop { $0 == " " })
                    rows[rows.count - 1].append((trimmed, style))
                    used += trimmed.displayWidth
                } else {
                    rows[rows.count - 1].append((piece, style))
                    used += piece.displayWidth
                }
            }
        }
        return rows
    }
}
