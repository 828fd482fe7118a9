import CNcursesw
import Foundation
import TextCanvas

/// The real terminal: runs a Bubble Tea–style loop over curses.
public enum TerminalScreen {
    /// Takes over the terminal and runs the loop until `update` returns false: draw
    /// `render(state, width, height)`, wait for a key or a resize, pass it to `update`.
    ///
    /// The terminal is restored (normal screen, echo, cursor) when this returns or throws, and
    /// also when the process is killed by SIGINT, SIGTERM or SIGHUP (it then exits with
    /// 128 + signal) or crashes. Only changed cells are written; after a resize everything is
    /// redrawn.
    ///
    /// - Parameters:
    ///   - state: The application state, updated in place.
    ///   - options: Whether to draw ASCII only and whether to use colour; see
    ///     `TerminalSupport.check()`.
    ///   - update: Applies one event; returns false to quit.
    ///   - render: Draws the state for a screen of the given size.
    /// - Throws: `TerminalError` when standard input or output is not a terminal, `TERM` is
    ///   unusable, or the input closes.
    public static func run<State>(
        _ state: inout State,
        options: DisplayOptions,
        update: (inout State, Event) -> Bool,
        render: (State, _ width: Int, _ height: Int) -> Canvas
    ) throws(TerminalError) {
        let environment = ProcessInfo.processInfo.environment
        try TerminalSupport.requireTerminal(environment: environment)
        setlocale(LC_ALL, "")
        SignalHandlers.install()
        defer { SignalHandlers.restore() }
        guard let keyboard = shim_keyboard() else { throw .notATerminal }
        defer { if keyboard != shim_stdin() { fclose(keyboard) } }
        guard let screen = newterm(nil, shim_stdout(), keyboard) else {
            throw .unknownTerminal(term: environment["TERM"])
        }
        defer {
            endwin()
            delscreen(screen)
        }
        cbreak()
        noecho()
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let painter = CanvasPainter(options: options, palette: options.color ? ColorPalette.start() : nil)
        while true {
            let size = screenSize()
            painter.paint(render(state, size.width, size.height))
            let event = try nextEvent()
            if case .resize = event { painter.invalidate() }
            guard update(&state, event) else { return }
        }
    }

    private static func screenSize() -> (width: Int, height: Int) {
        var height: Int32 = 0, width: Int32 = 0
        shim_getmaxyx(shim_stdscr(), &height, &width)
        return (Int(width), Int(height))
    }

    /// Waits for the next key the explorer understands.
    private static func nextEvent() throws(TerminalError) -> Event {
        while true {
            var code: wint_t = 0
            let key: KeyDecoder.Key
            switch wget_wch(shim_stdscr(), &code) {
            case OK: key = .character(UInt32(code))
            case KEY_CODE_YES: key = .function(Int32(code))
            default:
                if errno == EINTR { continue }
                throw .inputClosed
            }
            if let event = KeyDecoder.event(for: key, size: screenSize()) { return event }
        }
    }
}
