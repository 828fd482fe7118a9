import TextCanvas

/// Lines of prose drawn into a rectangle: wrapped at spaces (continuation rows indented by
/// `hangingIndent`) or, when not `wrapping`, each cut to the width with `…`; scrolled by
/// `scroll` rows; rows that do not fit are left out.
public struct TextPane: Sendable {
    public var lines: [(text: String, style: Style)]
    public var wrapping: Bool
    public var hangingIndent: Int
    /// How many of the wrapped rows are scrolled out above the rectangle.
    public var scroll: Int

    public init(_ lines: [(text: String, style: Style)], wrapping: Bool = true, hangingIndent: Int = 0, scroll: Int = 0) {
        self.lines = lines
        self.wrapping = wrapping
        self.hangingIndent = hangingIndent
        self.scroll = scroll
    }

    /// Plain lines, all in one style.
    public init(_ lines: [String], style: Style = .plain, wrapping: Bool = true, hangingIndent: Int = 0) {
        self.init(lines.map { ($0, style) }, wrapping: wrapping, hangingIndent: hangingIndent)
    }

    /// `lines` wrapped to `width` with a hanging indent of 2, the highest-ranked lines left out
    /// first until the rest fit in `height` rows, so that what is left is never cut
    /// mid-sentence; lines of rank 0 always stay.
    public static func fitting(_ lines: [(text: String, rank: Int)], width: Int, height: Int) -> TextPane {
        var lines = lines
        func pane() -> TextPane { TextPane(lines.map(\.text), hangingIndent: 2) }
        while pane().rows(width: width).count > height, let least = lines.indices.max(by: { lines[$0].rank < lines[$1].rank }), lines[least].rank > 0 {
            lines.remove(at: least)
        }
        return pane()
    }

    /// Draws a caption's lines into `rect`: wrapped when that fits, else each cut to one row.
    public static func drawCaption(_ lines: [(text: String, style: Style)], into canvas: inout Canvas, _ rect: Rect) {
        let wrapped = TextPane(lines)
        (wrapped.rows(width: rect.width).count <= rect.height ? wrapped : TextPane(lines, wrapping: false)).draw(into: &canvas, rect)
    }

    /// The rows the lines take at `width`, before scrolling.
    public func rows(width: Int) -> [(text: String, style: Style)] {
        let indent = String(repeating: " ", count: hangingIndent)
        return lines.flatMap { line -> [(text: String, style: Style)] in
            guard wrapping else {
                return [(line.text.clipped(toWidth: width, ellipsis: true), line.style)]
            }
            return wrap(line.text, width: width, continuationWidth: width - hangingIndent).enumerated().map { ($0 == 0 ? $1 : indent + $1, line.style) }
        }
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect) {
        for (row, line) in rows(width: rect.width).dropFirst(scroll).prefix(rect.height).enumerated() {
            canvas.write(line.text, x: rect.x, y: rect.y + row, maxWidth: rect.width, style: line.style)
        }
    }
}
