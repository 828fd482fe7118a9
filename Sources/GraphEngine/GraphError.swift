/// A place in the graph text: 1-based line and column (in characters).
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A problem with a graph or with the values given for it, with the place it was found.
public struct GraphError: Error, Equatable, Sendable {
    /// What is wrong and, where it helps, what was expected instead.
    public let message: String
    /// Where in the graph text, when the problem has a place there.
    public let location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// The error for people: `error: FILE:LINE:COL: message`, then the source line with a caret
    /// under the spot. `file` names where the text came from, if anywhere.
    public func rendered(source: String, file: String? = nil) -> String {
        guard let location else { return "error: \(file.map { "\($0): " } ?? "")\(message)" }
        let place = (file.map { "\($0):" } ?? "") + location.description
        var text = "error: \(place): \(message)"
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: Lexer.isLineBreak)
        if location.line - 1 < lines.count {
            let line = String(lines[location.line - 1])
            let shown = String(line.prefix(200)).map { $0.isASCII && $0.asciiValue! < 32 ? " " : $0 }
            text += "\n  " + String(shown)
            text += "\n  " + String(repeating: " ", count: max(0, min(location.column, 201) - 1)) + "^"
        }
        return text
    }
}
