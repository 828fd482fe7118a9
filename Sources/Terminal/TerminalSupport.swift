import CNcursesw
import Foundation
import TextCanvas

/// Checks, before going full-screen, that this process can drive a terminal, and which options
/// suit it.
public enum TerminalSupport {
    /// Checks that standard output is a terminal, that there is a keyboard to read, and that
    /// `TERM` names a terminal that can move the cursor; returns the options the environment
    /// asks for.
    ///
    /// Sets the process locale from the environment (`setlocale(LC_ALL, "")`), which curses needs
    /// for wide characters. `ascii` is true unless that locale's encoding is UTF-8; `color` is false
    /// when `NO_COLOR` is set to a non-empty value (https://no-color.org).
    public static func check(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TerminalError) -> DisplayOptions {
        try requireTerminal(environment: environment)
        return DisplayOptions(ascii: !localeIsUTF8(), color: (environment["NO_COLOR"] ?? "").isEmpty)
    }

    /// Throws unless standard output is a terminal, there is a keyboard (standard input, or
    /// the controlling terminal when standard input is a pipe), and `TERM` is usable.
    static func requireTerminal(environment: [String: String]) throws(TerminalError) {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 || hasControllingTerminal() else { throw .notATerminal }
        let term = environment["TERM"]
        guard let term, !term.isEmpty, term != "dumb" else { throw .dumbTerminal(term: term) }
    }

    /// Whether `/dev/tty` can be opened for reading keys.
    static func hasControllingTerminal() -> Bool {
        let descriptor = open("/dev/tty", O_RDONLY)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }

    /// Sets the locale from the environment and tells whether its encoding is UTF-8.
    static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
