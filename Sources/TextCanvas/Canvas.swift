/// A terminal-independent screen: a grid of cells, each a character with a style.
///
/// Everything the explorer shows is drawn into a `Canvas`; the `Terminal` backend copies it to
/// the real screen and tests compare it with golden text. Drawing outside the grid is clipped.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public internal(set) var cells: [Cell]

    /// A canvas of `width × height` cells, blank or all `fill` (a one-column character).
    public init(width: Int, height: Int, fill: Cell = Cell(" ")) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`; reads outside the grid give a blank cell, writes there
    /// are dropped.
    ///
    /// Setting a cell keeps wide characters whole: a wide character also takes the cell to its
    /// right as its continuation (at the right edge, where it does not fit, it becomes a space);
    /// overwriting either half of a wide character turns the other half into a space; a
    /// zero-width character becomes a space. Setting a continuation cell (as read from a canvas)
    /// only restyles the continuation already there, else it is a space.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : Cell(" ") }
        set { if contains(x: x, y: y) { put(newValue, x: x, y: y) } }
    }

    /// Whether (x, y) lies on the grid.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` from (x, y) rightwards by display width, clipped at the edges of the canvas
    /// and after `maxWidth` columns: a wide character takes two cells, combining marks stay on
    /// their base character's cell, and a wide character cut by an edge leaves a space rather than
    /// half of itself. Control characters are written escaped (`\n`, `\u{1B}`, …) so they never
    /// reach the terminal raw.
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int = .max, style: Style = .plain) {
        let end = maxWidth < width - x ? x + maxWidth : width
        var column = x
        for character in Self.printable(text) where character.displayWidth > 0 {
            guard column < end else { return }
            let columns = character.displayWidth
            if column >= 0 && column + columns <= end {
                self[column, y] = Cell(character, style)
            } else if column + columns > 0 {
                for cut in max(0, column)..<min(column + columns, end) { self[cut, y] = Cell(" ", style) }
            }
            column += columns
        }
    }

    /// Fills the rectangle with `cell`, a one-column character.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with cell: Cell = Cell(" ")) {
        for row in y..<(y + max(0, height)) {
            for column in x..<(x + max(0, width)) { self[column, row] = cell }
        }
    }

    /// The rows as plain text, trailing spaces kept, one string per row; each row's display
    /// width is the canvas's width (a wide character is in it once, continuations are not).
    public var rows: [String] {
        (0..<height).map { row in
            String(cells[(row * width)..<(row * width + width)].filter { !$0.isContinuation }.map(\.character))
        }
    }

    /// `text` as characters (grapheme clusters) with every control character replaced by its
    /// visible escape (`escapingControlCharacters`), of one-column characters.
    public static func printable(_ text: String) -> [Character] {
        Array(text.escapingControlCharacters)
    }

    /// Puts `cell` at (x, y), which is on the grid, keeping every wide character whole.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        let columns = cell.character.displayWidth
        if cell.isContinuation && cells[index].isContinuation {
            cells[index].style = cell.style
        } else if cell.isContinuation || columns == 0 || x + columns > width {
            put(Cell(" ", cell.style), x: x, y: y)
        } else {
            release(x..<(x + columns), y: y)
            cells[index] = cell
            if columns == 2 { cells[index + 1] = .continuation(cell.style) }
        }
    }

    /// Blanks the halves of wide characters that stick out of `columns`, which are about to be
    /// overwritten, so no half-character remains.
    private mutating func release(_ columns: Range<Int>, y: Int) {
        let row = y * width
        if cells[row + columns.lowerBound].isContinuation {
            cells[row + columns.lowerBound - 1] = Cell(" ", cells[row + columns.lowerBound - 1].style)
        }
        if columns.upperBound < width && cells[row + columns.upperBound].isContinuation {
            cells[row + columns.upperBound] = Cell(" ", cells[row + columns.upperBound].style)
        }
    }
}

/// One character cell of a `Canvas`.
///
/// A wide character (two columns, like `中`) is held by the cell of its first column; the cell of
/// its second column is its *continuation*: `isContinuation` is set, its character is a space
/// and its style is the wide character's. The canvas keeps the pair together; a backend draws the
/// wide character at its first cell and nothing at the continuation.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: Style
    /// Whether this is the right half of the wide character in the cell to its left.
    public internal(set) var isContinuation = false

    public init(_ character: Character, _ style: Style = .plain) {
        self.character = character
        self.style = style
    }

    static func continuation(_ style: Style) -> Cell {
        var cell = Cell(" ", style)
        cell.isContinuation = true
        return cell
    }
}

/// How a cell is drawn: attributes and a foreground colour. Under `NO_COLOR` the backend drops
/// the colour and keeps the attributes, so highlights stay visible.
public struct Style: Equatable, Hashable, Sendable {
    public var attributes: Attributes
    public var color: Color

    public init(_ attributes: Attributes = [], color: Color = .default) {
        self.attributes = attributes
        self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(.bold)
    public static let reverse = Style(.reverse)
    public static let dim = Style(.dim)

    /// This style with `other`'s attributes added and, if `other` has one, its colour.
    public func union(_ other: Style) -> Style {
        Style(attributes.union(other.attributes), color: other.color == .default ? color : other.color)
    }

    /// Text attributes a terminal can show without colour.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let reverse = Attributes(rawValue: 2)
        public static let dim = Attributes(rawValue: 4)
        public static let underline = Attributes(rawValue: 8)
    }

    /// The eight basic terminal colours, plus the terminal's default.
    public enum Color: Int, CaseIterable, Hashable, Sendable {
        case `default`, red, green, yellow, blue, magenta, cyan, white
    }
}
