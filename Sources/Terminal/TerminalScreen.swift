import CNcursesw
import Foundation
import TextCanvas

/// The real terminal, taken over for the length of a closure.
public enum TerminalScreen {
    /// Takes over the terminal, runs `body` with a console that draws on it and reads its keys,
    /// and restores the terminal (normal screen, echo, cursor) when `body` returns or throws.
    ///
    /// The terminal is also restored when the process is killed by SIGINT, SIGTERM or SIGHUP (it
    /// then exits with 128 + signal) or crashes.
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
        defer { SignalHandlers.restore() }
        guard let keyboard = shim_keyboard() else { throw TerminalError.notATerminal }
        defer { if keyboard != shim_stdin() { fclose(keyboard) } }
        guard let screen = newterm(nil, shim_stdout(), keyboard) else {
            throw TerminalError.unknownTerminal(term: environment["TERM"])
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
        var console = TerminalConsole(painter: CanvasPainter(options: options, palette: options.color ? ColorPalette.start() : nil))
        return try body(&console)
    }
}

/// The curses screen as a `Console`: canvases are drawn by changed cells only (everything after
/// a resize), keys are decoded into events.
public struct TerminalConsole: Console {
    let painter: CanvasPainter
    /// A key read to see whether an Esc began Alt-Backspace, when it did not: the next event.
    private var pending: KeyDecoder.Key?

    init(painter: CanvasPainter) {
        self.painter = painter
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
    /// An Esc is followed by a read that does not wait: a key already there that makes it
    /// Alt-Backspace is taken with it; any other is kept for the next call. Curses has waited
    /// the Esc delay (25 ms) for the rest of a key's sequence before it returns an Esc, so the
    /// second half of Alt-Backspace has arrived by then, and a lone Esc is not held up.
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
                guard let read = readKey(waiting: remaining.map { Int32(($0 * 1000).rounded(.up)) } ?? -1) else {
                    // A timeout also reads as an error: it is one when the deadline has (about) come.
                    if let deadline, Date.timeIntervalSinceReferenceDate >= deadline - 0.005 { return nil }
                    if errno == EINTR { continue }
                    throw TerminalError.inputClosed
                }
                key = read
            }
            guard var event = KeyDecoder.event(for: key, size: size) else { continue }
            if event == .escape, let next = readKey(waiting: 0) {
                if let combined = KeyDecoder.event(afterEscape: next) { event = combined } else { pending = next }
            }
            if case .resize = event { painter.invalidate() }
            return event
        }
    }

    /// One key from `wget_wch`, waiting at most `milliseconds` (-1: as long as it takes); nil
    /// when none came: the wait ran out, a signal interrupted it (`errno` is `EINTR`) or the
    /// keyboard is gone.
    private func readKey(waiting milliseconds: Int32) -> KeyDecoder.Key? {
        wtimeout(shim_stdscr(), milliseconds)
        var code: wint_t = 0
        errno = 0
        switch wget_wch(shim_stdscr(), &code) {
        case OK: return .character(UInt32(code))
        case KEY_CODE_YES: return .function(Int32(code))
        default: return nil
        }
    }
}
