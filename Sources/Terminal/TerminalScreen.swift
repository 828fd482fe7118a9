import CNcursesw
import Foundation
import TextCanvas

/// The real terminal, taken over for the length of a closure.
public enum TerminalScreen {
    /// Takes over the terminal, runs `body` with a console that draws on it and reads its keys,
    /// and restores the terminal (normal screen, echo, cursor) when `body` returns or throws.
    ///
    /// The terminal is also restored when a signal ends the process (it then ends by that signal:
    /// 128 + signal to the shell) or it crashes; see `SignalHandlers`. Flow control is off, so
    /// Ctrl-S and Ctrl-Q are keys like any other rather than freezing the screen.
    ///
    /// - Parameter options: Whether to draw ASCII only and whether to use colour; see
    ///   `TerminalSupport.check()`.
    /// - Throws: `TerminalError` when standard input or output is not a terminal or `TERM` is
    ///   unusable; whatever `body` throws.
    public static func withConsole<Result>(options: DisplayOptions, _ body: (inout TerminalConsole) throws -> Result) throws -> Result {
        let environment = ProcessInfo.processInfo.environment
        try TerminalSupport.requireTerminal(environment: environment)
        setlocale(LC_ALL, "")
        SignalHandlers.install()
        guard let keyboard = shim_keyboard() else { throw TerminalError.notATerminal }
        defer { if keyboard != shim_stdin() { fclose(keyboard) } }
        guard let screen = newterm(nil, shim_stdout(), keyboard) else {
            throw TerminalError.unknownTerminal(term: environment["TERM"])
        }
        defer {
            endwin()
            delscreen(screen)
        }
        // raw() turns off flow control (IXON), cbreak() then gives Ctrl-C and Ctrl-Z back to the
        // terminal as signals; endwin() restores the modes the shell had.
        raw()
        cbreak()
        noecho()
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        var console = TerminalConsole(
            painter: CanvasPainter(options: options, palette: options.color ? ColorPalette.start() : nil),
            keyboard: fileno(keyboard))
        return try body(&console)
    }
}

/// The curses screen as a `Console`: canvases are drawn by changed cells only (everything after
/// a resize), keys are decoded into events.
public struct TerminalConsole: Console {
    let painter: CanvasPainter
    /// The descriptor keys are read from, to tell a failed read from a terminal that is gone.
    let keyboard: Int32
    /// A key read to see whether an Esc began Alt-Backspace, when it did not: the next event.
    private var pending: KeyDecoder.Key?

    init(painter: CanvasPainter, keyboard: Int32) {
        self.painter = painter
        self.keyboard = keyboard
    }

    public var size: (width: Int, height: Int) {
        var height: Int32 = 0, width: Int32 = 0
        shim_getmaxyx(shim_stdscr(), &height, &width)
        return (Int(width), Int(height))
    }

    public mutating func show(_ canvas: Canvas) {
        painter.paint(canvas)
    }

    /// Waits for the next key the program understands, or until `timeout` seconds have passed.
    ///
    /// What is not a key (a byte that is not UTF-8, as an 8-bit Meta key or a Latin-1 paste
    /// sends, or a sequence curses does not know) is skipped like a key the program ignores;
    /// only a terminal that is gone ends the input.
    ///
    /// An Esc is followed by a read that does not wait: a key already there that makes it
    /// Alt-Backspace is taken with it; any other is kept for the next call. Curses has waited
    /// the Esc delay (25 ms) for the rest of a key's sequence before it returns an Esc, so the
    /// second half of Alt-Backspace has arrived by then, and a lone Esc is not held up.
    ///
    /// - Throws: `TerminalError.inputClosed` when the terminal is gone (hung up or closed).
    public mutating func nextEvent(timeout: Double?) throws -> Event? {
        let deadline = timeout.map { Date.timeIntervalSinceReferenceDate + $0 }
        while true {
            let key: KeyDecoder.Key
            if let pending {
                key = pending
                self.pending = nil
            } else {
                let remaining = deadline.map { $0 - Date.timeIntervalSinceReferenceDate }
                if let remaining, remaining <= 0 { return nil }
                switch try readKey(waiting: remaining.map { Int32(($0 * 1000).rounded(.up)) } ?? -1) {
                case .key(let read): key = read
                case .none: continue  // the deadline is checked at the top
                }
            }
            guard var event = KeyDecoder.event(for: key, size: size) else { continue }
            if event == .escape, case .key(let next) = try readKey(waiting: 0) {
                if let combined = KeyDecoder.event(afterEscape: next) { event = combined } else { pending = next }
            }
            if case .resize = event { painter.invalidate() }
            return event
        }
    }

    /// What one `wget_wch` gave: a key, or nothing (the wait ran out, a signal interrupted it,
    /// or what came was not a key).
    private enum Read {
        case key(KeyDecoder.Key)
        case none
    }

    /// One key from `wget_wch`, waiting at most `milliseconds` (-1: as long as it takes).
    ///
    /// - Throws: `TerminalError.inputClosed` when the read failed because the terminal is gone.
    private func readKey(waiting milliseconds: Int32) throws -> Read {
        wtimeout(shim_stdscr(), milliseconds)
        var code: wint_t = 0
        switch wget_wch(shim_stdscr(), &code) {
        case OK: return .key(.character(UInt32(code)))
        case KEY_CODE_YES: return .key(.function(Int32(code)))
        default:
            if shim_input_is_gone(keyboard) != 0 { throw TerminalError.inputClosed }
            return .none
        }
    }
}
