import Foundation
import Testing

/// The explorer in tmux against what a terminal can throw at it: bytes that are not keys,
/// flow-control keys, every signal that ends a process, a crash.
@Suite struct TerminalRobustnessEndToEndTests {
    func explorer(_ prefix: String = "") async throws -> TmuxSession {
        let session = try TmuxSession(command: "\(prefix)\(try graphtutorCommand()) explore")
        try await session.waitFor("∂e/∂c = d = 2")
        return session
    }

    /// 0x80 alone is what an 8-bit Meta key or a Latin-1 paste sends; `ESC [ 9 9 ~` is a
    /// sequence no terminal description names.
    @Test(arguments: [["80"], ["c3", "28"], ["ff", "fe"], ["1b", "5b", "39", "39", "7e"]])
    func bytesThatAreNotKeysAreIgnored(_ bytes: [String]) async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendBytes(bytes)
        try session.sendKeys("Up")
        try session.sendKeys("?")
        try await session.waitFor("help 1/2")
        #expect(session.isRunning)
    }

    /// With flow control on, Ctrl-S stopped the terminal's output: the screen froze.
    @Test func controlSAndControlQAreOrdinaryKeys() async throws {
        let session = try await explorer()
        defer { session.close() }
        try session.sendKeys("C-s")
        try session.sendKeys("?")
        try await session.waitFor("help 1/2", timeout: .seconds(5))
        try session.sendKeys("C-q")
        try session.sendKeys("Escape")
        try await session.waitUntil("the help to close") { try !$0.screen().contains("help 1/2") }
    }

    /// SIGHUP ignored (as under `nohup`), the program sees its terminal go away as an end of
    /// input, and ends with status 2 rather than spinning on reads that fail.
    @Test func aTerminalThatIsGoneEndsTheProgram() async throws {
        let status = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-e2e-\(UUID()).status")
        defer { try? FileManager.default.removeItem(at: status) }
        let session = try TmuxSession(
            command: "sh -c 'trap \"\" HUP; \(try graphtutorCommand()) explore 2>/dev/null; echo $? >\(status.path)'")
        defer { session.close() }
        try await session.waitFor("∂e/∂c = d = 2")
        session.close()
        let deadline = ContinuousClock.now + .seconds(10)
        while (try? String(contentsOf: status, encoding: .utf8)) == nil && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try String(contentsOf: status, encoding: .utf8) == "2\n")
    }

    @Test(arguments: [
        ("PIPE", 141), ("USR1", 138), ("USR2", 140), ("QUIT", 131), ("ALRM", 142), ("HUP", 129),
        ("VTALRM", 154), ("PROF", 155), ("XCPU", 152), ("RTMIN+1", 163),
    ])
    func everySignalThatEndsTheProgramRestoresTheTerminal(_ signal: String, status: Int) async throws {
        let session = try await explorer("env -u SWIFT_BACKTRACE ")
        defer { session.close() }
        try session.kill(signal)
        #expect(try await session.waitForExit() == status)
        #expect(try !session.alternateScreenOn())
        #expect(try !session.screen().contains("Press space"))
    }

    /// Without `SWIFT_BACKTRACE`, the runtime's backtracer used to wait 30 s at "Press space to
    /// interact, D to debug" with echo off.
    @Test(arguments: [("SEGV", 139), ("ILL", 132), ("ABRT", 134)])
    func aCrashSaysWhereToReportItAndEndsAtOnce(_ signal: String, status: Int) async throws {
        let session = try await explorer("env -u SWIFT_BACKTRACE ")
        defer { session.close() }
        try session.kill(signal)
        #expect(try await session.waitForExit(timeout: .seconds(5)) == status)
        #expect(try !session.alternateScreenOn())
        let screen = try session.screen()
        #expect(screen.contains("graphtutor crashed (SIG\(signal)): this is a bug; please report it"), "\(screen)")
        #expect(!screen.contains("Press space"))
    }

    @Test func aCrashOutsideTheExplorerEndsAtOnceToo() async throws {
        let session = try TmuxSession(command: "env -u SWIFT_BACKTRACE \(try graphtutorCommand()) eval -")
        defer { session.close() }
        try await session.waitUntil("eval to read its input") { try $0.isReadingStandardInput() }
        try session.kill("SEGV")
        #expect(try await session.waitForExit(timeout: .seconds(5)) == 139)
        #expect(try session.screen().contains("graphtutor crashed (SIGSEGV)"))
    }
}
