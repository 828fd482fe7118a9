/// Rows of text cells printed in aligned columns, measured by display width: the command-line
/// reports and the explorer's derivative table both lay out their numbers with it.
public struct TextTable: Sendable {
    private var rows: [[String]] = []

    public init(header: [String]) { rows.append(header) }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table with each column as wide as its widest cell, two spaces between columns,
    /// indented by `indent` spaces, with no trailing spaces.
    public func rendered(indent: Int = 2) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.displayWidth) }
        }
        let margin = String(repeating: " ", count: indent)
        return rows.map { row in
            // Cells after the last non-empty one, and its padding, would only be trailing spaces.
            let used = row.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
            let cells = row.prefix(used).enumerated().map { column, cell in
                column == used - 1 ? cell : cell.padded(toWidth: widths[column])
            }
            return used == 0 ? "" : margin + cells.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
