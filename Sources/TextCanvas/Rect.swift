/// A rectangle of canvas cells: where a widget draws.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of `canvas`.
    public init(_ canvas: Canvas) { self.init(x: 0, y: 0, width: canvas.width, height: canvas.height) }

    /// The column just right of the rectangle, and the row just below it.
    public var right: Int { x + width }
    public var bottom: Int { y + height }

    /// Whether (x, y) lies inside.
    public func contains(x: Int, y: Int) -> Bool { x >= self.x && y >= self.y && x < right && y < bottom }

    /// The rectangle shrunk by `columns` on the left and right and `rows` at the top and bottom.
    public func inset(columns: Int = 0, rows: Int = 0) -> Rect {
        Rect(x: x + columns, y: y + rows, width: width - 2 * columns, height: height - 2 * rows)
    }

    /// The first `rows` rows, and the rest below them.
    public func splitRows(at rows: Int) -> (top: Rect, bottom: Rect) {
        let rows = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: rows), Rect(x: x, y: y + rows, width: width, height: height - rows))
    }

    /// The first `columns` columns, and the rest right of them.
    public func splitColumns(at columns: Int) -> (left: Rect, right: Rect) {
        let columns = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: columns, height: height), Rect(x: x + columns, y: y, width: width - columns, height: height))
    }

    /// A screen's three parts: its title row, its body, and its footer row.
    public var screenParts: (title: Rect, body: Rect, footer: Rect) {
        let (title, belowTitle) = splitRows(at: 1)
        let (body, footer) = belowTitle.splitRows(at: belowTitle.height - 1)
        return (title, body, footer)
    }

    /// One row of the rectangle, counted from its top.
    public func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: 1) }
}
