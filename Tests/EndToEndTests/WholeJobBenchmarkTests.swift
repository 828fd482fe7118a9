import Foundation
import Testing

/// The benchmark's whole-job mode, in a short form: it must run the real `eval` on its text
/// graphs and agree with the engine; the figures themselves come from release builds.
@Suite struct WholeJobBenchmarkTests {
    @Test func wholeJobRunsAndAgrees() throws {
        let graphtutor = String(try graphtutorCommand().dropFirst().dropLast())
        let bench = URL(fileURLWithPath: graphtutor).deletingLastPathComponent().appendingPathComponent("graphtutor-bench")
        try #require(FileManager.default.isExecutableFile(atPath: bench.path), "no graphtutor-bench beside \(graphtutor)")
        let process = Process()
        process.executableURL = bench
        process.arguments = ["--job", "--sizes", "1000,3000"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("   1000 ") || $0.hasPrefix("   3000 ") }
        #expect(rows.count == 2 && !text.contains("MISMATCH"), "\(text)")
        // Either micrograd ran and a ratio is given, or the table says why not.
        #expect(rows.allSatisfy { $0.hasSuffix("×") } || text.contains("micrograd: not found"), "\(text)")
    }
}
