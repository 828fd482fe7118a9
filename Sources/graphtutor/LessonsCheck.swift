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
            for problem in course.problems { printError(problem.description) }
            let total = course.lessons.count + course.problems.count
            guard total > 0 else {
                printError("error: no lessons in '\(directory ?? "")': lesson files are named NN-name.yaml")
                throw ExitCode(1)
            }
            print(Self.summary(lessons: total, failing: course.problems.count))
            if !course.problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// `12 lessons, all pass`, `2 of 12 lessons have problems`.
    static func summary(lessons total: Int, failing: Int) -> String {
        let lessons = total == 1 ? "1 lesson" : "\(total) lessons"
        guard failing > 0 else { return total == 1 ? "1 lesson, it passes" : "\(lessons), all pass" }
        return "\(failing) of \(lessons) \(failing == 1 ? "has" : "have") problems"
    }
}
