import Foundation
import Testing

/// Every exit status the README lists, from the real binary.
@Suite struct ExitStatusEndToEndTests {
    @Test(arguments: [
        // 0: done.
        ("$graphtutor eval 'y = 2 * a' --at a=1", 0),
        ("$graphtutor --help", 0),
        // 2: a problem in the graph, its values or its file.
        ("$graphtutor eval 'y = 2 *'", 2),
        ("$graphtutor eval 'y = 2 * a'", 2),
        ("$graphtutor eval 'y = 2 * a' --at a=x", 2),
        ("$graphtutor eval 'y = 2 * a' --at a=1 --wrt y", 2),
        ("$graphtutor eval @/nonexistent", 2),
        ("$graphtutor explore 'y = 2 *'", 2),
        // 64: a mistake in the options.
        ("$graphtutor eval", 64),
        ("$graphtutor eval 'y = 2 * a' --bogus", 64),
        ("$graphtutor eval 'y = 2 * a' --json --dot", 64),
        ("$graphtutor eval 'y = 2 * a' --learning-rate nan", 64),
        ("$graphtutor eval 'y = 2 * a' --output ''", 64),
        ("$graphtutor eval 'y = 2 * a' --output y,y", 64),
        ("$graphtutor eval 'y = 2 * a' --wrt a,,b", 64),
        ("$graphtutor explore --output ''", 64),
        ("$graphtutor explore --bogus", 64),
        // 74: standard output could not be written.
        ("$graphtutor eval 'y = 2 * a' --at a=1 >/dev/full", 74),
        // 128 + n: ended by signal n (here SIGTERM, SIGPIPE).
        ("$graphtutor eval - < <(sleep 5) & sleep 0.5; kill -TERM $!; wait $!", 143),
        ("$graphtutor eval 'x0 = 1; \(StreamsEndToEndTests.longGraph.dropFirst(8))' | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}", 141),
    ])
    func exitStatus(_ script: String, status: Int) throws {
        let result = try runInShell(script)
        #expect(Int(result.status) == status, "\(result.errors)")
    }

    @Test func optionsThatNameNothingAreRefused() throws {
        let result = try runInShell("$graphtutor eval 'y = 2 * a' --output ''")
        #expect(result.errors.hasPrefix("Error: --output takes names separated by commas, such as 'a,b' (got '')\n"))
    }
}
