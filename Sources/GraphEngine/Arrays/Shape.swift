/// The shape of a node's value: a scalar, a vector of `n` entries or a matrix of `r×c`.
///
/// Entries are stored row after row. For broadcasting and the matrix product a vector is a row
/// (`1×n`) on the left of `@` and a column (`n×1`) on its right, as NumPy has it.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    /// The sizes of each axis: none for a scalar, one for a vector, rows then columns for a matrix.
    public let dimensions: [Int]

    public static let scalar = Shape(dimensions: [])
    public static func vector(_ count: Int) -> Shape { Shape(dimensions: [count]) }
    public static func matrix(_ rows: Int, _ columns: Int) -> Shape { Shape(dimensions: [rows, columns]) }

    public var isScalar: Bool { dimensions.isEmpty }
    public var isMatrix: Bool { dimensions.count == 2 }
    /// How many numbers the value holds.
    public var count: Int { dimensions.reduce(1, *) }

    /// Rows and columns when the shape is read as a matrix: a scalar is `1×1`, a vector a row.
    public var grid: (rows: Int, columns: Int) {
        switch dimensions.count {
        case 0: (1, 1)
        case 1: (1, dimensions[0])
        default: (dimensions[0], dimensions[1])
        }
    }

    /// As in formulas: `2×3`, `3` for a vector, `1` for a scalar.
    public var description: String { isScalar ? "1" : dimensions.map(String.init).joined(separator: "×") }

    /// The shape both `self` and `other` repeat to, NumPy's way (an axis of size 1 repeats to
    /// the other's size; a vector is a row), or nil when they do not fit.
    public func broadcast(with other: Shape) -> Shape? {
        if self == other { return self }
        if isScalar { return other }
        if other.isScalar { return self }
        let (a, b) = (grid, other.grid)
        guard let rows = Self.join(a.rows, b.rows), let columns = Self.join(a.columns, b.columns) else { return nil }
        return dimensions.count == 1 && other.dimensions.count == 1 ? .vector(columns) : .matrix(rows, columns)
    }

    private static func join(_ a: Int, _ b: Int) -> Int? { a == b || b == 1 ? a : a == 1 ? b : nil }
}
