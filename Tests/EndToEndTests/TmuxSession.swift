import Foundation

/// A program running in a detached tmux session on a server of its own, driven like a user
/// would: keys in, screen text out.
///
/// Works without a terminal (CI runs tests with no TTY): the session is created detached, and
/// the program gets its pseudo-terminal from tmux. Each session uses a unique socket, so tests can
/// run in parallel. Synchronize with `waitFor`, never with sleeps.
///
/// The program runs under a shell that, when it ends, prints its exit status and stays. tmux
/// drops a pane's last output when the pane's own process exits (the final screen and even the
/// switch back from the alternate screen go missing); the waiting shell keeps every byte, and the
/// status line comes after them, so once it shows, the screen is final.
final class TmuxSession {
    /// The name of this session's tmux server socket (`tmux -L`).
    let socket: String
    /// Where the server's socket lives; `kill-server` leaves the file behind.
    private var socketPath: String?
    private var closed = false

    /// Starts `command` with `TERM=tmux-256color` and `LANG=C.UTF-8` in a `width × height` pane.
    ///
    /// `command` is a shell command line run by the waiting shell itself, so that the program is
    /// that shell's child: it must not `exit` (wrap such lines in `sh -c '…'`). The shell catches
    /// SIGINT, as an interactive shell would, so Ctrl-C reaches only the program.
    init(command: String, width: Int = 80, height: Int = 24) throws {
        socket = "graphtutor-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let script = "trap : INT\n\(command)\nprintf '\\n\(Self.exitMarker)%d]\\n' $?\nexec sleep 86400"
        try tmux(
            "new-session", "-d", "-s", Self.session, "-x", "\(width)", "-y", "\(height)",
            "env TERM=tmux-256color sh -c \(shellQuoted(script))")
        socketPath = try display("#{socket_path}")
    }

    deinit { close() }

    /// Presses keys by their tmux names: "Down", "Escape", "Enter", "BTab", "C-c", "q".
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.session] + keys)
    }

    /// Sends raw bytes, given in hexadecimal ("80", "1b"), whether or not they make keys.
    func sendBytes(_ hex: [String]) throws {
        try tmux(["send-keys", "-t", Self.session, "-H"] + hex)
    }

    /// Types `text` literally, character by character.
    func sendLiteral(_ text: String) throws {
        try tmux("send-keys", "-t", Self.session, "-l", text)
    }

    /// The visible screen as text, one line per row, trailing spaces trimmed.
    func screen() throws -> String {
        try tmux("capture-pane", "-p", "-t", Self.session)
    }

    /// The visible screen with its colours and attributes as escape sequences.
    func styledScreen() throws -> String {
        try tmux("capture-pane", "-p", "-e", "-t", Self.session)
    }

    /// Resizes the window, which sends the program SIGWINCH.
    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", Self.session, "-x", "\(width)", "-y", "\(height)")
    }

    /// Whether the pane shows the alternate screen (a full-screen program left it on if it
    /// has exited).
    func alternateScreenOn() throws -> Bool {
        try display("#{alternate_on}") == "1"
    }

    /// Whether the program is still running.
    var isRunning: Bool {
        do { return try exitStatus() == nil } catch { return false }  // no server: nothing runs
    }

    /// The program's exit status once it has exited (128 + n after signal n), nil before.
    func exitStatus() throws -> Int? {
        let history = try tmux("capture-pane", "-p", "-S", "-", "-t", Self.session)
        guard let marker = history.range(of: Self.exitMarker, options: .backwards) else { return nil }
        return Int(history[marker.upperBound...].prefix { $0.isNumber })
    }

    /// Sends `signal` (a name such as "TERM") to the program: to the children of the waiting
    /// shell, whatever processes they started themselves.
    /// Whether the program is waiting in a read of its standard input (so it has started up
    /// and installed its signal handlers): its `/proc/PID/syscall` shows `read` (0) on fd 0.
    func isReadingStandardInput() throws -> Bool {
        let shell = try display("#{pane_pid}")
        let children = try CleanProcess.run(["ps", "-o", "pid=", "--ppid", shell], environment: Self.environment)
        guard let pid = children.output.split(whereSeparator: \.isWhitespace).first,
              let syscall = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8) else { return false }
        return syscall.hasPrefix("0 0x0 ")
    }

    func kill(_ signal: String) throws {
        let shell = try display("#{pane_pid}")
        let children = try CleanProcess.run(["ps", "-o", "pid=", "--ppid", shell], environment: Self.environment)
        let pids = children.output.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !pids.isEmpty else { throw TmuxError("No program is running under the shell \(shell).") }
        let result = try CleanProcess.run(["kill", "-s", signal] + pids, environment: Self.environment)
        guard result.status == 0 else { throw TmuxError("kill -s \(signal) \(pids) failed: \(result.errors)") }
    }

    /// Polls the screen until it contains `text`; throws with the screen when `timeout` passes.
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) async throws {
        try await waitUntil("\"\(text)\" on screen", timeout: timeout) { try $0.screen().contains(text) }
    }

    /// Polls until the program has exited, and returns its exit status.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int? {
        try await waitUntil("the program to exit", timeout: timeout) { !$0.isRunning }
        return try exitStatus()
    }

    /// Polls `condition` every few milliseconds; throws with the screen when `timeout` passes.
    func waitUntil(
        _ description: String, timeout: Duration = .seconds(10), _ condition: (TmuxSession) throws -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while try !condition(self) {
            guard ContinuousClock.now < deadline else {
                throw TmuxError("Timed out after \(timeout) waiting for \(description). Screen:\n\(try screen())")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Stops the program and the tmux server. Called on deinit; safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux("kill-server")
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    private static let session = "e2e"
    private static let exitMarker = "[e2e: exited with status "

    /// The environment of the tmux server and so of the program: this process's, made
    /// predictable. `swift test` sets `NO_COLOR`, CI may lack a UTF-8 locale, tests may run inside
    /// tmux, and the Swift backtracer would wait for a key after a crash. Commands that need other
    /// values set them (`env NO_COLOR=1 …`).
    private static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        for name in ["NO_COLOR", "LC_ALL", "LC_CTYPE", "TMUX", "TMUX_PANE"] { environment[name] = nil }
        environment["LANG"] = "C.UTF-8"
        environment["SWIFT_BACKTRACE"] = "interactive=no"
        return environment
    }()

    private func display(_ format: String) throws -> String {
        try tmux("display-message", "-p", "-t", Self.session, format)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String {
        try tmux(arguments)
    }

    /// Runs one tmux client command against this session's server and returns its output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try CleanProcess.run(
            ["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: Self.environment)
        guard result.status == 0 else {
            throw TmuxError("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }
}

/// A failed tmux command or a wait that timed out; the message includes the screen.
struct TmuxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
