import ArgumentParser
import Foundation
import TerminalUI
import TextCanvas
import Tutor

/// `graphtutor progress`: each lesson done, in progress or new, and the quizzes taken;
/// `--reset` forgets them.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show which lessons are done and how your quizzes went, or reset them.",
        discussion: """
            Progress is kept in $XDG_DATA_HOME/graphtutor/progress.json (by default \
            ~/.local/share/graphtutor/progress.json).

            Examples:
              graphtutor progress                  # every lesson: done, step N of M, or new; quizzes
              graphtutor progress --reset 4        # forget lesson 4, after asking
              graphtutor progress --reset --yes    # forget every lesson and quiz, without asking
            """
    )

    @OptionGroup var course: LessonOptions

    @Flag(help: "Clear the progress of every lesson and the quiz results, or of LESSON only; asks first.")
    var reset = false

    @Argument(help: ArgumentHelp("With --reset: the lesson to clear, by number (4) or id (04-computational-graphs).", valueName: "LESSON"))
    var lesson: String?

    @Flag(name: [.customShort("y"), .long], help: "With --reset: do not ask for confirmation.")
    var yes = false

    func validate() throws {
        if lesson != nil && !reset { throw ValidationError("a LESSON goes with --reset: write 'graphtutor progress --reset \(lesson!)'") }
        if yes && !reset { throw ValidationError("--yes goes with --reset: it skips the reset's confirmation") }
    }

    func run() throws {
        try reportingFailures {
            let course = try course.course()
            if !course.problems.isEmpty {
                printError("warning: \(course.problems.count) lesson file(s) do not pass the check and are left out; see 'graphtutor lessons check'")
            }
            let store = ProgressStore.standard()
            let (progress, warning) = store.load()
            if let warning { printError("warning: \(warning)") }
            guard reset else { return print(Self.report(progress, course)) }
            let target = try lesson.map { try Self.lessonID($0, course, progress) }
            let what = target.map { id in course.lessons.first { $0.lesson.id == id }.map { "lesson \(Self.name($0.lesson))" } ?? "lesson \(id)" }
                ?? "every lesson and every quiz"
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    printError("error: --reset asks for confirmation on a terminal, and standard input is not one; add --yes to reset without asking")
                    throw ExitCode(1)
                }
                guard Self.confirm("Clear the progress of \(what)? [y/N] ") else { return print("Nothing was reset.") }
            }
            do {
                if let warning = try store.reset(lesson: target) { printError("warning: \(warning)") }
            } catch {
                throw Failure("error: \(error)")
            }
            print("Cleared the progress of \(what).")
        }
    }

    /// Every lesson of the course with its state, then how many are done, then the quizzes:
    /// how many, the score and best streak, and each topic's accuracy over all of them.
    ///
    ///       4  Computational graphs  step 3 of 6
    ///     1 of 12 done
    ///
    ///     2 quizzes: 15 of 20 answered right, 13.5 points, best streak 7
    ///       topic       right   accuracy  points
    ///       value       3 of 4  75%       2.5
    static func report(_ progress: CourseProgress, _ course: Course) -> String {
        var table = TextTable(header: ["", "lesson", "progress"])
        for script in course.lessons {
            let record = progress.lessons[script.lesson.id]
            let state: String
            if record?.done == true {
                state = "done"
            } else if let step = record?.step, step > 0 {
                state = "step \(min(step + 1, script.frames.count)) of \(script.frames.count)"
            } else {
                state = "new"
            }
            table.add([script.lesson.number.map(String.init) ?? "", script.lesson.title, state])
        }
        let done = course.lessons.filter { progress.lessons[$0.lesson.id]?.done == true }.count
        return table.rendered() + "\n\(done) of \(course.lessons.count) done" + quizReport(progress.quizzes)
    }

    /// The quizzes' lines of the report, after a blank line; none when no quiz was taken.
    static func quizReport(_ quizzes: [QuizRecord]) -> String {
        guard !quizzes.isEmpty else { return "" }
        let totals = QuizReport.totals(quizzes)
        let right = totals.map(\.tally.right).reduce(0, +), asked = totals.map(\.tally.asked).reduce(0, +)
        let points = QuizReport.points(quizzes.map(\.score).reduce(0, +))
        let best = quizzes.map(\.bestStreak).max() ?? 0
        let summary = "\(quizzes.count == 1 ? "1 quiz" : "\(quizzes.count) quizzes"): \(right) of \(asked) answered right, \(points), best streak \(best)"
        return "\n\n" + ([summary] + QuizReport.topicTable(totals)).joined(separator: "\n")
    }

    /// The id of the lesson `text` names: by its number in the course, or by its id (in the
    /// course, or in the progress file for a lesson the course no longer has).
    static func lessonID(_ text: String, _ course: Course, _ progress: CourseProgress) throws -> String {
        if let number = Int(text) {
            guard let script = course.lesson(numbered: number) else {
                let numbers = course.lessons.compactMap(\.lesson.number)
                throw Failure("error: the course has no lesson \(number); its lessons are numbered \(numbers.map(String.init).joined(separator: ", "))")
            }
            return script.lesson.id
        }
        guard course.lessons.contains(where: { $0.lesson.id == text }) || progress.lessons[text] != nil else {
            throw Failure("error: no lesson '\(text)': give its number, such as 4, or its id, such as 04-computational-graphs")
        }
        return text
    }

    /// `4 (Computational graphs)`.
    private static func name(_ lesson: Lesson) -> String {
        lesson.number.map { "\($0) (\(lesson.title))" } ?? "'\(lesson.id)' (\(lesson.title))"
    }

    /// Asks `question` on the terminal; true for an answer starting with y.
    private static func confirm(_ question: String) -> Bool {
        FileHandle.standardOutput.write(Data(question.utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") ?? false
    }
}
