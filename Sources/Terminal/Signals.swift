import CNcursesw
import Foundation

/// Restores the terminal when a signal ends the process, so a killed or crashed explorer does
/// not leave the shell in the alternate screen without echo, and turns a crash into one line
/// that says what to do, instead of the Swift runtime's interactive backtrace prompt.
///
/// Installed once, for the whole process, before `newterm`, which then leaves SIGINT, SIGTERM
/// and the others to these handlers (curses only installs its own over default actions).
/// SIGTSTP and SIGWINCH stay with curses. Restoring the terminal is `endwin()`, which does
/// nothing when the explorer is not on screen, so the handlers may stay for the process's life.
public enum SignalHandlers {
    /// Signals that ask the process to end: restore the terminal, then end by the signal (the
    /// shell sees 128 + signal). A signal the parent set to be ignored (as `nohup` does for
    /// SIGHUP) stays ignored. SIGQUIT is one: the Swift runtime would answer it with its
    /// interactive backtrace prompt.
    private static let terminating: [Int32] =
        [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGSTKFLT, SIGIO, SIGPWR,
         SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ] + Array(shim_sigrtmin()...shim_sigrtmax())
    /// Signals of a crash: restore the terminal, say so in one line, then end by the signal. The
    /// Swift runtime's backtracer (the action these replace) runs only when `SWIFT_BACKTRACE` is
    /// set, as a developer does; unasked, it would stop at a prompt for half a minute.
    private static let crashing: [Int32] = [SIGILL, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGTRAP, SIGSYS]
    private static let names: [Int32: String] = [
        SIGILL: "SIGILL", SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
        SIGTRAP: "SIGTRAP", SIGSYS: "SIGSYS",
    ]
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers for the rest of the process; later calls do nothing.
    ///
    /// - Parameters:
    ///   - crashReport: The line written to standard error on a crash, given the signal's name
    ///     (`SIGSEGV`), such as where to report it; nil writes nothing.
    ///   - environment: Whether `SWIFT_BACKTRACE` asks for the runtime's backtraces is read here.
    public static func install(
        crashReport: ((String) -> String)? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        guard !installed else { return }
        installed = true
        for signal in terminating {
            shim_set_signal_handler(signal, endAfterRestoringTerminal, savedAction(signal))
            if shim_signal_is_ignored(savedAction(signal)) != 0 {
                shim_restore_signal_action(signal, savedAction(signal))
            }
        }
        chainsToBacktracer = environment["SWIFT_BACKTRACE"] != nil
        for signal in crashing {
            if let line = crashReport?(names[signal]!) {
                crashLines[Int(signal)] = strdup(line + "\n")
            }
            shim_set_signal_handler(signal, reportCrashAfterRestoringTerminal, savedAction(signal))
        }
    }
}

/// One saved action per signal number, allocated once so that handlers only read memory.
nonisolated(unsafe) private let savedActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 128)
/// The crash report line per signal number, written as is by the handler.
nonisolated(unsafe) private let crashLines: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let lines = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 128)
    lines.initialize(repeating: nil, count: 128)
    return lines
}()
nonisolated(unsafe) private var chainsToBacktracer = false

private func savedAction(_ signal: Int32) -> UnsafeMutablePointer<sigaction> {
    savedActions + Int(signal)
}

/// Ends the process by the signal itself, as the Unix convention asks of a program that
/// catches a signal to clean up: the parent sees which signal ended it.
private func endAfterRestoringTerminal(_ signal: Int32) {
    endwin()
    shim_die_by_signal(signal)
}

/// The previous handler (the Swift backtracer) may return, as it does for a signal that was
/// sent rather than caused by a fault; the process must end all the same.
private func reportCrashAfterRestoringTerminal(_ signal: Int32) {
    endwin()
    if let line = crashLines[Int(signal)] {
        _ = write(STDERR_FILENO, line, strlen(line))
    }
    if chainsToBacktracer {
        shim_restore_signal_action(signal, savedAction(signal))
        shim_raise_now(signal)
    }
    shim_die_by_signal(signal)
}
