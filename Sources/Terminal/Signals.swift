import CNcursesw
import Foundation

/// Restores the terminal when a signal ends the process, so a killed or crashed explorer does
/// not leave the shell in the alternate screen without echo.
///
/// Installed before `newterm`, which then leaves SIGINT, SIGTERM and SIGHUP to these handlers
/// (curses only installs its own over default actions). SIGTSTP and SIGWINCH stay with curses.
enum SignalHandlers {
    /// Signals that ask the process to stop: restore the terminal and exit with 128 + signal.
    /// A signal the parent set to be ignored (as `nohup` does) stays ignored.
    private static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Signals of a crash: restore the terminal, let the previous action (the default, or the
    /// Swift runtime's backtracer) handle the signal, then end with it.
    private static let crashing: [Int32] = [SIGILL, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGTRAP]

    /// Installs the handlers, saving the actions they replace.
    static func install() {
        for signal in terminating {
            shim_set_signal_handler(signal, exitAfterRestoringTerminal, savedAction(signal))
            if shim_signal_is_ignored(savedAction(signal)) != 0 {
                shim_restore_signal_action(signal, savedAction(signal))
            }
        }
        for signal in crashing {
            shim_set_signal_handler(signal, reraiseAfterRestoringTerminal, savedAction(signal))
        }
    }

    /// Puts back the actions `install` replaced.
    static func restore() {
        for signal in terminating + crashing {
            shim_restore_signal_action(signal, savedAction(signal))
        }
    }
}

/// One saved action per signal number, allocated once so that handlers only read memory.
nonisolated(unsafe) private let savedActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 128)

private func savedAction(_ signal: Int32) -> UnsafeMutablePointer<sigaction> {
    savedActions + Int(signal)
}

private func exitAfterRestoringTerminal(_ signal: Int32) {
    endwin()
    _exit(128 + signal)
}

/// The previous handler (the Swift backtracer) may return, as it does for a signal that was
/// sent rather than caused by a fault; the process must end all the same.
private func reraiseAfterRestoringTerminal(_ signal: Int32) {
    endwin()
    shim_restore_signal_action(signal, savedAction(signal))
    shim_raise_now(signal)
    shim_die_by_signal(signal)
}
