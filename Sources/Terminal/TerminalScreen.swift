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

    public var size: (width: Int, height: Int) {
        var height: Int32 = 0, width: Int32 = 0
        shim_getmaxyx(shim_stdscr(), &height, &width)
        return (Int(width), Int(height))
    }

    public mutating func show(_ canvas: Canvas) {
        painter.paint(canvas)
    }

    /// Waits for the next key the program understands, or until `timeout` seconds have passed.
    public mutating func nextEvent(timeout: Double?) throws -> Event? {
        let deadline = timeout.map { Date.timeIntervalSinceReferenceDate + $0 }
        while true {
            let remaining = deadline.map { $0 - Date.timeIntervalSinceReferenceDate }
            if let remaining, remaining <= 0 { return nil }
            wtimeout(shim_stdscr(), remaining.map { Int32(($0 * 1000).rounded(.up)) } ?? -1)
            var code: wint_t = 0
            let key: KeyDecoder.Key
            errno = 0
            switch wget_wch(shim_stdscr(), &code) {
            case OK: key = .character(UInt32(code))
            case KEY_CODE_YES: key = .function(Int32(code))
            default:
                // A timeout also reads as an error: it is one when the deadline has (about) come.
                if let deadline, Date.timeIntervalSinceReferenceDate >= deadline - 0.005 { return nil }
                if errno == EINTR { continue }
                throw TerminalError.inputClosed
            }
            if let event = KeyDecoder.event(for: key, size: size) {
                if case .resize = event { painter.invalidate() }
                return event
            }
        }
    }
}
