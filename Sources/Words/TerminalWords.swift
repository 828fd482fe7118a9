/// Why a full screen cannot start on this terminal, and what to do instead.
public struct TerminalWords: Catalogue {
    public let notATerminal: String
    /// `{0}` the terminal type, quoted, or `unset`.
    public let dumbTerminal: Template
    public let unknownTerminal: Template
    public let unset: String
    public let inputClosed: String
}
