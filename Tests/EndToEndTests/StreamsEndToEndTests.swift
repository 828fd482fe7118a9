import Foundation
import Testing

/// Output that cannot be written is an error; an error that cannot be written is not a crash.
@Suite struct StreamsEndToEndTests {
    /// A chain of 2,000 nodes: its report (about 200 KB) is more than a pipe holds.
    static let longGraph = "x0 = 1; " + (1...2000).map { "x\($0) = x\($0 - 1) + 1" }.joined(separator: "; ")

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func anUnwritableStandardErrorIsNoCrash(_ redirection: String) throws {
        let result = try runInShell("$graphtutor eval 'y = a +' \(redirection)")
        #expect(result.status == 2)
    }

    @Test(arguments: [
        (">/dev/full", "error: cannot write to standard output: no space left on device\n"),
        (">&-", "error: cannot write to standard output: bad file descriptor\n"),
    ])
    func anUnwritableStandardOutputIsAnError(_ redirection: String, message: String) throws {
        let result = try runInShell("$graphtutor eval 'y = 2 * a' --at a=1 \(redirection)")
        #expect(result.status == 74)
        #expect(result.errors == message)
        let long = try runInShell("$graphtutor eval '\(Self.longGraph)' \(redirection)")
        #expect(long.status == 74)
        #expect(long.errors.hasPrefix("error: cannot write to standard output"))
        #expect(long.errors.split(separator: "\n").count == 1)
    }

    @Test func helpThatCannotBeWrittenIsAnError() throws {
        let result = try runInShell("$graphtutor --help >/dev/full")
        #expect(result.status == 74)
        #expect(result.errors.hasPrefix("error: cannot write to standard output"))
    }

    /// `head -c 1` closes the pipe long before the report is written.
    @Test func aClosedPipeEndsTheProgramQuietlyBySIGPIPE() throws {
        let result = try runInShell("$graphtutor eval '\(Self.longGraph)' | head -c 1 >/dev/null; echo \"${PIPESTATUS[0]}\"")
        #expect(result.output == "141\n")
        #expect(result.errors == "")
    }

    @Test func aClosedPipeWithSIGPIPEIgnoredIsAnError() throws {
        let result = try runInShell("trap '' PIPE; $graphtutor eval '\(Self.longGraph)' | head -c 1 >/dev/null; echo \"${PIPESTATUS[0]}\"")
        #expect(result.output == "74\n")
        // The report is one write, dropped whole when it fails, so the reason may be lost.
        #expect(result.errors.hasPrefix("error: cannot write to standard output"))
        #expect(result.errors.split(separator: "\n").count == 1)
    }
}
