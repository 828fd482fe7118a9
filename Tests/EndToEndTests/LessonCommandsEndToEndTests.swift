import Foundation
import Testing

/// `graphtutor lessons check` and `graphtutor progress`, run as the real binary without a
/// terminal, with the progress kept in a temporary `XDG_DATA_HOME`.
@Suite struct LessonCommandsEndToEndTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")
    static let lessonFour = lessons.appendingPathComponent("04-computational-graphs.yaml")

    /// How many lessons the course has, and the summary `lessons check` gives when all pass.
    /// The summary of a check that passes: every lesson, and every lesson of the translations.
    static func allPass() throws -> String {
        let count = try [lessons.path, lessons.appendingPathComponent("zh").path]
            .map { try FileManager.default.contentsOfDirectory(atPath: $0).filter { $0.hasSuffix(".yaml") }.count }.reduce(0, +)
        return count == 1 ? "1 lesson, it passes\n" : "\(count) lessons, all pass\n"
    }

    /// A fresh directory, removed by `body`'s end.
    static func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-e2e-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    func run(_ arguments: [String], data: URL) throws -> CommandLineEndToEndTests.Run {
        try CommandLineEndToEndTests().run(arguments, environment: ["XDG_DATA_HOME": data.path])
    }

    /// Writes `lessons` (id: step, done) as the stored progress under `data`.
    static func store(_ lessons: [String: (step: Int, done: Bool)], in data: URL) throws {
        let folder = data.appendingPathComponent("graphtutor")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let records = lessons.map { "\"\($0.key)\": {\"step\": \($0.value.step), \"done\": \($0.value.done)}" }
        try "{\"version\": 1, \"lessons\": {\(records.joined(separator: ", "))}}".write(
            to: folder.appendingPathComponent("progress.json"), atomically: true, encoding: .utf8)
    }

    @Test func theCommandsHaveHelp() throws {
        for arguments in [["lessons", "--help"], ["lessons", "check", "--help"], ["progress", "--help"]] {
            let result = try CommandLineEndToEndTests().run(arguments)
            #expect(result.status == 0)
            #expect(result.output.contains("USAGE"))
        }
        let help = try CommandLineEndToEndTests().run(["progress", "--help"])
        #expect(help.output.contains("--lessons <DIR>"))
        #expect(help.output.contains("Load the course from DIR instead of the built-in one."))
    }

    @Test func aLessonGoesWithReset() throws {
        let result = try CommandLineEndToEndTests().run(["progress", "4"])
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: a LESSON goes with --reset: write 'graphtutor progress --reset 4'\n"))
    }

    @Test func checkPassesOnTheBuiltInCourseAndOnTheLessonsFolder() throws {
        for arguments in [["lessons", "check"], ["lessons", "check", Self.lessons.path]] {
            let result = try CommandLineEndToEndTests().run(arguments)
            #expect(result.status == 0)
            #expect(result.output == (try Self.allPass()))
            #expect(result.errors == "")
        }
    }

    @Test func checkReportsEachBrokenLessonWithItsFileAndLine() throws {
        try Self.withTemporaryDirectory { folder in
            try FileManager.default.copyItem(at: Self.lessonFour, to: folder.appendingPathComponent("04-computational-graphs.yaml"))
            try "title: Broken\ngraph: |\n  a = 2\n  b = a * 3\nsteps:\n  - text: |\n      b is\n      {{value q}}.\n".write(
                to: folder.appendingPathComponent("05-broken.yaml"), atomically: true, encoding: .utf8)
            let result = try CommandLineEndToEndTests().run(["lessons", "check", folder.path])
            #expect(result.status == 1)
            #expect(result.errors == "\(folder.path)/05-broken.yaml:8: {{value q}}: the graph has no node 'q'\n")
            #expect(result.output == "1 of 2 lessons has problems\n")
        }
    }

    @Test func checkOfAFolderThatCannotBeReadExitsWithTwo() throws {
        let result = try CommandLineEndToEndTests().run(["lessons", "check", "/no/such/folder"])
        #expect(result.status == 2)
        #expect(result.errors == "error: cannot read the lessons in '/no/such/folder': no such folder\n")
        let file = try CommandLineEndToEndTests().run(["lessons", "check", Self.lessonFour.path])
        #expect(file.status == 2)
        #expect(file.errors.hasSuffix("it is a file, not a folder\n"))
    }

    @Test func progressShowsEachLessonAndHowManyAreDone() throws {
        try Self.withTemporaryDirectory { data in
            let fresh = try run(["progress"], data: data)
            #expect(fresh.status == 0)
            #expect(fresh.output.squeezed.contains(" 4 Computational graphs new\n"))
            #expect(fresh.output.contains("\n0 of ") && fresh.output.hasSuffix(" done\n"))
            try Self.store(["04-computational-graphs": (2, false)], in: data)
            #expect(try run(["progress"], data: data).output.squeezed.contains(" 4 Computational graphs step 3 of 6\n"))
            try Self.store(["04-computational-graphs": (5, true)], in: data)
            let done = try run(["progress", "--lessons", Self.lessons.path], data: data)
            #expect(done.output.squeezed.contains(" 4 Computational graphs done\n"))
            #expect(done.output.contains("\n1 of "))
            #expect(done.errors == "")
        }
    }

    @Test func resetAsksOnATerminalOnlyAndClearsWithYes() throws {
        try Self.withTemporaryDirectory { data in
            try Self.store(["04-computational-graphs": (5, true), "99-gone": (1, false)], in: data)
            let refused = try run(["progress", "--reset"], data: data)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("add --yes to reset without asking"))
            #expect(try run(["progress"], data: data).output.squeezed.contains("Computational graphs done\n"))

            let one = try run(["progress", "--reset", "4", "--yes"], data: data)
            #expect(one.status == 0)
            #expect(one.output == "Cleared the progress of lesson 4 (Computational graphs).\n")
            #expect(try run(["progress"], data: data).output.squeezed.contains("Computational graphs new\n"))

            #expect(try run(["progress", "--reset", "99-gone", "-y"], data: data).status == 0)
            #expect(try run(["progress", "--reset", "98-never", "-y"], data: data).status == 2)
            let all = try run(["progress", "--reset", "--yes"], data: data)
            #expect(all.output == "Cleared the progress of every lesson and every quiz.\n")
            let stored = try String(contentsOf: data.appendingPathComponent("graphtutor/progress.json"), encoding: .utf8)
            #expect(stored.replacingOccurrences(of: "\\s", with: "", options: .regularExpression) == "{\"lessons\":{},\"quizzes\":[],\"version\":2}")
        }
    }

    @Test func aCorruptProgressFileIsReportedAndSetAside() throws {
        try Self.withTemporaryDirectory { data in
            let folder = data.appendingPathComponent("graphtutor")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "{\"version\": 1, \"lessons\": {".write(to: folder.appendingPathComponent("progress.json"), atomically: true, encoding: .utf8)
            let result = try run(["progress"], data: data)
            #expect(result.status == 0)
            #expect(result.errors.hasPrefix("warning: \(folder.path)/progress.json is not a valid progress file; it was moved to progress.json.corrupt-"))
            #expect(result.output.squeezed.contains("Computational graphs new\n"))
            #expect(try run(["progress"], data: data).errors == "")
        }
    }
}

extension String {
    /// The text with every run of spaces as one, so column widths do not matter.
    var squeezed: String { replacingOccurrences(of: " {2,}", with: " ", options: .regularExpression) }
}
