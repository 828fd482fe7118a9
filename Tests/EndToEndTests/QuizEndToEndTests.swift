import Foundation
import Testing

/// The quiz as a learner meets it: scripted in plain mode as the issue shows it, and full screen
/// in tmux — one answer right, one wrong with its worked solution, the score at the end — and
/// the result in `graphtutor progress`.
@Suite struct QuizEndToEndTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TerminalUITests/Snapshots")

    @Test func plainModeReadsOneAnswerALineAndEndsWithTheScore() throws {
        try LessonCommandsEndToEndTests.withTemporaryDirectory { data in
            // printf '6\n5\n' | graphtutor quiz --plain --seed 1 --count 2 prints the golden transcript
            // of the quiz's own tests: input that is not typed is echoed after its prompt.
            let run = try CommandLineEndToEndTests().run(
                ["quiz", "--plain", "--seed", "1", "--count", "2"], environment: ["XDG_DATA_HOME": data.path], input: "6\n5\n")
            #expect(run.status == 0)
            #expect(run.errors == "")
            let golden = try String(contentsOf: Self.snapshots.appendingPathComponent("quiz-plain-seed-1.txt"), encoding: .utf8)
            #expect(run.output == golden)
            // The end of the input ends the quiz with the score so far, exit 0.
            let early = try CommandLineEndToEndTests().run(["quiz", "--seed", "1", "--count", "5"], environment: ["XDG_DATA_HOME": data.path], input: "x\n")
            #expect(early.status == 0)
            #expect(early.output.contains("'x' names x, which has no value here"))
            #expect(early.output.hasSuffix("(end of input)\n\nScore: 0 points of 5 · 0 of 0 answered right · best streak 0\n"))
        }
    }

    @Test func unknownTopicsAndCountsAreRefusedWithTheTopicsThereAre() throws {
        let topic = try CommandLineEndToEndTests().run(["quiz", "--topic", "value,nope"])
        #expect(topic.status == 64)
        #expect(topic.errors.contains("there is no quiz topic 'nope'; the topics are value, partial, derivative"))
        #expect(try CommandLineEndToEndTests().run(["quiz", "--count", "0"]).status == 64)
        let list = try CommandLineEndToEndTests().run(["quiz", "--list-topics"])
        #expect(list.output.split(separator: "\n").count == 11)
    }

    /// The answers of the quiz `arguments` make, found by answering 0 to each in plain mode with
    /// no record of past quizzes (so the same questions come in the same order).
    static func answers(_ arguments: [String], count: Int) throws -> [String] {
        var answers: [String] = []
        try LessonCommandsEndToEndTests.withTemporaryDirectory { data in
            let run = try CommandLineEndToEndTests().run(
                ["quiz", "--plain"] + arguments, environment: ["XDG_DATA_HOME": data.path], input: String(repeating: "0\n", count: count))
            for line in run.output.split(separator: "\n") {
                if line.hasPrefix("✓ right") { answers.append("0") }
                if line.hasPrefix("✗ you said 0; the answer is ") { answers.append(String(line.split(separator: " = ").last!)) }
            }
        }
        return answers
    }

    @Test func aQuizFullScreenRightThenWrongThenTheScoreAndTheProgress() async throws {
        let arguments = ["--seed", "5", "--count", "2", "--topic", "value,derivative"]
        let answers = try Self.answers(arguments, count: 2)
        try #require(answers.count == 2)
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-e2e-\(UUID())")
        defer { try? FileManager.default.removeItem(at: data) }
        let environment = ["XDG_DATA_HOME": data.path]
        let session = try TmuxSession(command: "env XDG_DATA_HOME=\(shellQuoted(data.path)) \(try graphtutorCommand()) quiz \(arguments.joined(separator: " "))")
        defer { session.close() }
        try await session.waitFor("quiz · question 1 of 2")
        try session.sendLiteral(answers[0])
        try session.sendKeys("Enter")
        try await session.waitFor("✓ right")
        try session.sendKeys("Enter")
        try await session.waitFor("quiz · question 2 of 2 · 1 point · streak 1")
        try session.sendKeys("h")
        try await session.waitFor("hint 1: ")
        try session.sendLiteral("999")
        try session.sendKeys("Enter")
        try await session.waitFor("✗ you said 999; the answer is")
        // The worked solution, played on the graph: its steps under the rule, the last one current.
        #expect(try session.screen().contains("── solution"))
        #expect(try session.screen().contains("path 1: "))
        try session.sendKeys("Enter")
        try await session.waitFor("Score: 1 point of 2 · 1 of 2 answered right · best streak 1")
        #expect(try session.screen().contains("value"))
        try session.sendKeys("q")
        try await session.waitFor("take a quiz")
        try session.sendKeys("q")
        #expect(try await session.waitForExit() == 0)

        let progress = try CommandLineEndToEndTests().run(["progress"], environment: environment)
        #expect(progress.status == 0)
        #expect(progress.output.contains("1 quiz: 1 of 2 answered right, 1 point, best streak 1"))
        #expect(progress.output.contains("derivative  0 of 1  0%"))
    }
}
