import TextCanvas

/// Why the full-screen explorer cannot start here. Each description says what to do instead.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or run from CI).
    case notATerminal
    /// `TERM` is unset, empty or `dumb`, so there is no way to move the cursor.
    case dumbTerminal(term: String?)
    /// curses has no description of the terminal named by `TERM`.
    case unknownTerminal(term: String?)
    /// Reading a key failed because the input was closed.
    case inputClosed

    public var description: String {
        switch self {
        case .notATerminal:
            "The explorer needs an interactive terminal: run it without redirecting its input or output."
        case .dumbTerminal(let term):
            "The terminal type \(term.map { "'\($0.escapingControlCharacters)'" } ?? "(unset)") cannot show a full-screen view: "
                + "set TERM, for example TERM=xterm-256color."
        case .unknownTerminal(let term):
            "The terminal type \(term.map { "'\($0.escapingControlCharacters)'" } ?? "(unset)") is not known to curses: "
                + "set TERM to a known type, for example TERM=xterm-256color."
        case .inputClosed:
            "The terminal's input was closed."
        }
    }
}
