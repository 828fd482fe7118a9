import TextCanvas
import Words

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
        let words = TerminalWords.current
        func named(_ term: String?) -> String { term.map { "'\($0.escapingControlCharacters)'" } ?? words.unset }
        return switch self {
        case .notATerminal: words.notATerminal
        case .dumbTerminal(let term): words.dumbTerminal(named(term))
        case .unknownTerminal(let term): words.unknownTerminal(named(term))
        case .inputClosed: words.inputClosed
        }
    }
}
