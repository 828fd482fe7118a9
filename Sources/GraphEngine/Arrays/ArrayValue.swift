/// A value with a shape: its entries row after row.
public struct ArrayValue: Equatable, Sendable, CustomStringConvertible {
    public let shape: Shape
    public let entries: [Double]

    public init(shape: Shape, entries: [Double]) {
        precondition(shape.count == entries.count, "an array of \(shape) holds \(shape.count) numbers, not \(entries.count)")
        self.shape = shape
        self.entries = entries
    }

    public init(_ scalar: Double) { self.init(shape: .scalar, entries: [scalar]) }

    /// The value written as graph text writes it: `2`, `-0.5`, `[1, 2, 3]`, `[1, 2; 3, 4]`;
    /// problems are placed in `text`.
    public init(parsing text: String) throws(GraphError) {
        var text = text
        let parsed = text.withUTF8 { bytes in Result { () throws(GraphError) in try ArrayParser.value(bytes) } }
        self = try parsed.get()
    }

    /// The value as the graph text writes it: `2`, `[1, 2, 3]`, `[1, 2; 3, 4]`.
    public var description: String { text(NumberFormat.plain) }

    /// The same, each entry written by `format`.
    public func text(_ format: (Double) -> String) -> String {
        if shape.isScalar { return format(entries[0]) }
        let columns = shape.grid.columns
        let rows = stride(from: 0, to: entries.count, by: max(1, columns)).map { start in
            entries[start..<start + columns].map(format).joined(separator: ", ")
        }
        return "[" + rows.joined(separator: "; ") + "]"
    }
}
