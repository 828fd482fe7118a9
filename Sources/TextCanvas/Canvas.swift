/// A terminal-independent screen: a grid of cells, each a character with a style.
///
/// Everything the explorer shows is drawn into a `Canvas`; the `Terminal` backend copies it to
/// the real screen and tests compare it with golden text. Drawing outside the grid is clipped.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    /// A canvas of `width × height` blank cells.
    public init(width: Int, height: Int, fill: Cell = Cell(" ")) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`; reads outside the grid give a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : Cell(" ") }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    /// Whether (x, y) lies on the grid.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` from (x, y) rightwards, one character a column, clipped at the edges.
    /// Control characters are written escaped (`\n`, `^[`, …) so they never reach the terminal raw.
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain) {
        var column = x
        for character in Self.printable(text) {
            self[column, y] = Cell(character, style)
            column += 1
        }
    }

    /// Fills the rectangle with `cell`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with cell: Cell = Cell(" ")) {
        for row in y..<(y + max(0, height)) {
            for column in x..<(x + max(0, width)) { self[column, row] = cell }
        }
    }

    /// The rows as plain text, trailing spaces kept, one string per row.
    public var rows: [String] {
        (0..<height).map { row in String(cells[(row * width)..<(row * width + width)].map(\.character)) }
    }

    /// `text` as characters (grapheme clusters) with every control character replaced by a
    /// visible escape of one-column characters.
    public static func printable(_ text: String) -> [Character] {
        var result: [Character] = []
        for character in text {
            // Control characters are clusters of their own (or CR LF), so a cluster with none
            // is kept whole, marks and all.
            guard character.unicodeScalars.contains(where: isControl) else {
                result.append(character)
                continue
            }
            for scalar in character.unicodeScalars {
                switch scalar.value {
                case 0x0A: result += ["\\", "n"]
                case 0x09: result += ["\\", "t"]
                case 0x0D: result += ["\\", "r"]
                case 0x00..<0x20: result += ["^", Character(Unicode.Scalar(scalar.value + 0x40)!)]
                case 0x7F: result += ["^", "?"]
                case 0x80..<0xA0: result += Array("\\u{\(String(scalar.value, radix: 16))}")
                default: result.append(Character(scalar))
                }
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}

/// One character cell of a `Canvas`.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: Style

    public init(_ character: Character, _ style: Style = .plain) {
        self.character = character
        self.style = style
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
