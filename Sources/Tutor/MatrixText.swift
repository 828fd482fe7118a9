import GraphEngine
import Words

/// An array written for people: a matrix a row a line with its entries aligned, or, when it is
/// too large to read, its range. Entries are written to 6 significant digits.
public enum MatrixText {
    /// `value` as lines: a scalar or a vector on one, a matrix a row a line,
    /// `[ 4.5,  4.5;` then ` 10.5, 10.5]`.
    public static func lines(_ value: ArrayValue) -> [String] {
        guard !value.shape.isScalar else { return [NumberFormat.short(value.entries[0])] }
        let texts = value.entries.map(NumberFormat.short)
        let width = texts.map(\.count).max() ?? 0
        let padded = texts.map { String(repeating: " ", count: width - $0.count) + $0 }
        let columns = value.shape.grid.columns
        let rows = stride(from: 0, to: padded.count, by: max(1, columns)).map { padded[$0..<$0 + columns].joined(separator: ", ") }
        return rows.enumerated().map { index, row in
            (index == 0 ? "[" : " ") + row + (index == rows.count - 1 ? "]" : ";")
        }
    }

    /// The least and the greatest finite entry, `from -1 to 2.5`, or that none is finite.
    public static func range(_ value: ArrayValue) -> String {
        let words = ArrayReportWords.current
        let finite = value.entries.filter(\.isFinite)
        guard let least = finite.min(), let greatest = finite.max() else { return words.noneFinite }
        return words.range(NumberFormat.short(least), NumberFormat.short(greatest))
    }
}
