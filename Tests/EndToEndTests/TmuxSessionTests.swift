import Testing

/// Checks the tmux harness itself, with plain shell commands in place of graphtutor.
@Suite struct TmuxSessionTests {
    @Test func showsWhatTheProgramPrints() async throws {
        let session = try TmuxSession(command: "sh -c 'printf hello; sleep 30'")
        defer { session.close() }
        try await session.waitFor("hello")
        #expect(session.isRunning)
        #expect(try !session.alternateScreenOn())
    }

    @Test func sendsKeysAndLiteralText() async throws {
        let session = try TmuxSession(command: #"sh -c 'read line; echo "got [$line]"; sleep 30'"#)
        defer { session.close() }
        try session.sendLiteral("a b;c")
        try session.sendKeys("Enter")
        try await session.waitFor("got [a b;c]")
    }

    @Test func resizeReachesTheProgram() async throws {
        let session = try TmuxSession(
            command: #"sh -c 'trap "echo size \$(stty size)" WINCH; echo ready; while :; do sleep 0.05; done'"#,
            width: 80, height: 24)
        defer { session.close() }
        try await session.waitFor("ready")
        try session.resize(width: 100, height: 30)
        try await session.waitFor("size 30 100")
    }

    @Test func reportsAlternateScreenAndExitStatus() async throws {
        let session = try TmuxSession(command: "sh -c 'tput smcup; echo inside; read _; tput rmcup; echo last; exit 3'")
        defer { session.close() }
        try await session.waitFor("inside")
        #expect(try session.alternateScreenOn())
        try session.sendKeys("Enter")
        #expect(try await session.waitForExit() == 3)
        #expect(try !session.alternateScreenOn())
        #expect(try session.screen().contains("last"))
    }

    @Test func timeoutShowsTheScreen() async throws {
        let session = try TmuxSession(command: "sh -c 'printf visible; sleep 30'")
        defer { session.close() }
        try await session.waitFor("visible")
        let error = await #expect(throws: TmuxError.self) {
            try await session.waitFor("absent", timeout: .milliseconds(100))
        }
        #expect(error?.description.contains("visible") == true)
    }

    @Test func killsTheProgramWithASignal() async throws {
        let session = try TmuxSession(command: "sleep 30")
        try await session.waitUntil("sleep to start") { _ in (try? session.kill("TERM")) != nil }
        #expect(try await session.waitForExit() == 128 + 15)
        #expect(!session.isRunning)
    }

    @Test func closeStopsTheProgram() async throws {
        let session = try TmuxSession(command: "sh -c 'printf up; sleep 30'")
        try await session.waitFor("up")
        session.close()
        #expect(!session.isRunning)
    }
}
