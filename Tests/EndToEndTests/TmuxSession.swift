import Foundation

/// A program running in a detached tmux session on a server of its own, driven like a user
/// would: keys in, screen text out.
///
/// Works without a terminal (CI runs tests with no TTY): the session is created detached, and
/// the program gets its pseudo-terminal from tmux. Each session uses a unique socket, so tests can
/// run in parallel. The pane stays after the program exits, so its last screen, exit status and
/// alternate-screen state can still be read. Synchronize with `waitFor`, never with sleeps.
final class TmuxSession {
    /// The name of this session's tmux server socket (`tmux -L`).
    let socket: String
    /// Where the server's socket lives; `kill-server` leaves the file behind.
    private var socketPath: String?
    private var closed = false

    /// Starts `command` (a shell command line) with `TERM=tmux-256color` in a `width × height`
    /// pane.
    init(command: String, width: Int = 80, height: Int = 24) throws {
        socket = "graphtutor-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        try tmux(
            "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-s", Self.session, "-x", "\(width)", "-y", "\(height)",
            "env TERM=tmux-256color \(command)")
        socketPath = try display("#{socket_path}")
    }

    deinit { close() }

    /// Presses keys by their tmux names: "Down", "Escape", "Enter", "BTab", "C-c", "q".
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.session] + keys)
    }

    /// Types `text` literally, character by character.
    func sendLiteral(_ text: String) throws {
        try tmux("send-keys", "-t", Self.session, "-l", text)
    }

    /// The visible screen as text, one line per row, trailing spaces trimmed.
    func screen() throws -> String {
        try tmux("capture-pane", "-p", "-t", Self.session)
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
        (try? display("#{pane_dead}")) == "0"
    }

    /// The program's exit status once it has exited: 128 + n when it exited that way after signal n.
    func exitStatus() throws -> Int? {
        try Int(display("#{pane_dead_status}"))
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
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // tests may themselves run inside tmux
        environment["TMUX_PANE"] = nil
        let result = try CleanProcess.run(
            ["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
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
