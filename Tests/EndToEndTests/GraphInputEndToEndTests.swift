import Foundation
import Testing

/// `@FILE` reads anything readable and says what is wrong otherwise; standard input is read
/// up to a limit.
@Suite struct GraphInputEndToEndTests {
    @Test(arguments: [
        "$graphtutor eval @<(echo 'y = 2 * a') --at a=3",
        "echo 'y = 2 * a' | $graphtutor eval @/dev/stdin --at a=3",
        "echo 'y = 2 * a' | $graphtutor eval - --at a=3",
        "fifo=$(mktemp -u); mkfifo $fifo; (echo 'y = 2 * a' >$fifo &); $graphtutor eval @$fifo --at a=3; rm $fifo",
    ])
    func readsPipesFIFOsAndProcessSubstitution(_ script: String) throws {
        let result = try runInShell(script)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("  y     2 · a     6\n"))
    }

    @Test(arguments: [
        ("$graphtutor eval @/tmp", "error: cannot read the graph file '/tmp': it is a directory\n"),
        ("$graphtutor eval @/dev/null", "error: cannot read the graph file '/dev/null': it is empty\n"),
        ("$graphtutor eval @/nonexistent/g.txt", "error: cannot read the graph file '/nonexistent/g.txt': no such file\n"),
        ("printf 'y = \\x80' | $graphtutor eval @/dev/stdin", "error: cannot read the graph file '/dev/stdin': it is not UTF-8 text\n"),
        ("$graphtutor eval - </dev/null", "error: cannot read standard input: it is empty\n"),
    ])
    func saysWhatIsWrong(_ script: String, message: String) throws {
        let result = try runInShell(script)
        #expect(result.status == 2)
        #expect(result.errors == message)
    }

    /// As root every file is readable: the program then runs as nobody.
    @Test func aFileWithoutPermissionIsRefusedAsSuch() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-e2e-\(UUID()).txt")
        try "y = 2 * a\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let asNobody = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let result = try runInShell("\(asNobody)$graphtutor eval @\(file.path)")
        #expect(result.status == 2)
        #expect(result.errors == "error: cannot read the graph file '\(file.path)': permission denied\n")
    }

    /// Before the limit, `/dev/zero` took 2–4 GB and minutes; `timeout` ends such a run (124).
    @Test func standardInputPastSixtyFourMegabytesIsRefusedAtOnce() throws {
        let result = try runInShell("timeout 20 $graphtutor eval - </dev/zero")
        #expect(result.status == 2)
        #expect(result.errors == "error: cannot read standard input: it is larger than 64 MB\n")
    }
}
