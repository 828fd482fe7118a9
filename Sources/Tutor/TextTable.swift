/// Rows of text cells printed in aligned columns: the command-line reports and the explorer's
/// derivative table both lay out their numbers with it.
public struct TextTable {
    private var rows: [[String]] = []

    public init(header: [String]) { rows.append(header) }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table with each column as wide as its widest cell, two spaces between columns,
    /// indented by `indent` spaces, with no trailing spaces.
    public func rendered(indent: Int = 2) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            let line = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }
}
