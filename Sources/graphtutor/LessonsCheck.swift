import ArgumentParser
import Tutor

/// `graphtutor lessons check [DIR]`: every lesson checked against the engine, each problem as
/// `file:line: message`.
struct LessonsCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every lesson against the engine: graphs, passes, nodes, placeholders and typed numbers.",
        discussion: """
            Prints each problem as FILE:LINE: MESSAGE on standard error and a one-line summary; \
            exits with status 0 when every lesson passes, 1 when one does not, and 2 when DIR \
            cannot be read.

            Examples:
              graphtutor lessons check             # the course built into the program
              graphtutor lessons check lessons/    # the lesson files of a folder
            """
    )

    @Argument(help: ArgumentHelp("The folder of lesson files (NN-name.yaml) to check (default: the built-in course).", valueName: "DIR"))
    var directory: String?

    func run() throws {
        try reportingFailures {
            let course = try LessonOptions.course(in: directory)
            var problems = course.problems
            var total = course.lessons.count + course.problems.count
            guard total > 0 else {
                printError("error: no lessons in '\(directory ?? "")': lesson files are named NN-name.yaml")
                throw ExitCode(1)
            }
            // Each translation is checked too, and must match the course but for its words.
            for language in Self.languages {
                guard let edition = try LessonOptions.edition(language, in: directory) else { continue }
                let differences = course.differences(in: edition)
                problems += edition.problems + differences
                total += edition.lessons.count + edition.problems.count
            }
            for problem in problems { printError(problem.description) }
            let failing = Set(problems.map(\.file)).count
            print(Self.summary(lessons: total, failing: failing))
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// The languages the course may be translated into, each in a folder of its name.
    static let languages = ["zh"]

    /// `12 lessons, all pass`, `2 of 12 lessons have problems`.
    static func summary(lessons total: Int, failing: Int) -> String {
        let lessons = total == 1 ? "1 lesson" : "\(total) lessons"
        guard failing > 0 else { return total == 1 ? "1 lesson, it passes" : "\(lessons), all pass" }
        return "\(failing) of \(lessons) \(failing == 1 ? "has" : "have") problems"
    }
}
