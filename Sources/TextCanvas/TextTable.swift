/// Rows of text cells printed in aligned columns, measured by display width: the command-line
/// reports and the explorer's derivative table both lay out their numbers with it.
public struct TextTable: Sendable {
    private var rows: [[String]] = []

    public init(header: [String]) { rows.append(header) }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table with each column as wide as its widest cell, two spaces between columns,
    /// indented by `indent` spaces, with no trailing spaces.
    public func rendered(indent: Int = 2) -> String {
        var text = ""
        write(indent: indent, to: &text)
        return text
    }

    /// `rendered(indent:)`, written cell by cell into `output`: no line is built first, so a
    /// table of a million rows costs its text and nothing more.
    public func write(indent: Int = 2, to output: inout some TextOutputStream) {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], Self.width(cell)) }
        }
        let margin = String(repeating: " ", count: indent)
        for (index, row) in rows.enumerated() {
            if index > 0 { output.write("\n") }
            // Cells after the last non-empty one, and its padding, would only be trailing spaces.
            guard let last = row.lastIndex(where: { !$0.isEmpty }) else { continue }
            output.write(margin)
            for column in 0...last {
                let cell = row[column]
                if column > 0 { output.write("  ") }
                if column == last {
                    output.write(cell)
                } else if Self.isPlainASCII(cell) {
                    output.write(cell)
                    output.write(String(repeating: " ", count: widths[column] - cell.utf8.count))
                } else {
                    output.write(cell.padded(toWidth: widths[column]))
                }
            }
        }
    }

    /// Columns `cell` takes: its length in bytes when it is printable ASCII, else its display width.
    private static func width(_ cell: String) -> Int { isPlainASCII(cell) ? cell.utf8.count : cell.displayWidth }

    /// Whether every byte of `cell` is printable ASCII, which a terminal shows one column each.
    private static func isPlainASCII(_ cell: String) -> Bool { cell.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
}
