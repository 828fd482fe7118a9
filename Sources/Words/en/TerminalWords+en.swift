extension TerminalWords {
    public static let en = TerminalWords(
        notATerminal: "The explorer needs an interactive terminal: run it without redirecting its input or output.",
        dumbTerminal: "The terminal type {0} cannot show a full-screen view: set TERM, for example TERM=xterm-256color.",
        unknownTerminal: "The terminal type {0} is not known to curses: set TERM to a known type, for example TERM=xterm-256color.",
        unset: "(unset)",
        inputClosed: "The terminal's input was closed."
    )
}
