/// A place in the graph text: 1-based line and column (in characters).
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    /// The lines of `source` as `line` numbers them: `\n` and `\r\n` end a line, so line `n`
    /// is element `n - 1`.
    public static func lines(of source: String) -> [Substring] {
        source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}
