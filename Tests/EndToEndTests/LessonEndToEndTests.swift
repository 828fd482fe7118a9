import Foundation
import Testing

/// The course as a learner meets it: `graphtutor` opens the home screen; a lesson played to its
/// end is marked done, and still is the next time.
@Suite struct LessonEndToEndTests {
    @Test func aLessonPlayedToItsEndIsDoneTheNextTime() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-e2e-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let command = "env XDG_DATA_HOME=\(shellQuoted(data.path)) \(try graphtutorCommand())"
        let first = try TmuxSession(command: command)
        defer { first.close() }
        try await first.waitFor("learn backpropagation by watching it")
        // Lesson 4 is the one numbered 4: choose it by its number, then open it.
        try first.sendKeys("4")
        try first.sendKeys("Enter")
        try await first.waitFor("Lesson 4 · Computational graphs · step 1 of")
        var step = 1
        while try !first.screen().contains("lesson done") {
            if try first.screen().contains("predict e = ") {
                try first.sendLiteral("6")
                try first.sendKeys("Enter")
                try await first.waitFor("✓ right: e = 6")
            }
            step += 1
            try first.sendKeys("Space")
            try await first.waitFor("step \(step) of")
        }
        try await first.waitFor("lesson done")
        try first.sendKeys("q")
        try await first.waitFor("✓ done")
        try first.sendKeys("q")
        #expect(try await first.waitForExit() == 0)

        let second = try TmuxSession(command: command)
        defer { second.close() }
        try await second.waitFor("learn backpropagation by watching it")
        let row = try #require(try second.screen().split(separator: "\n").first { $0.contains("Computational graphs") })
        #expect(row.contains("✓ done"))
        try second.sendKeys("q")
        #expect(try await second.waitForExit() == 0)
    }
}
