import ArgumentParser
import Foundation
import TerminalUI
import TextCanvas
import Tutor
import Words

/// `graphtutor progress`: each lesson done, in progress or new, and the quizzes taken;
/// `--reset` forgets them.
struct ProgressCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "progress", abstract: CommandHelpWords.current.progressAbstract, discussion: CommandHelpWords.current.progressDiscussion)
    }

    @OptionGroup var course: LessonOptions

    @OptionGroup var language: LanguageOptions

    @Flag(help: ArgumentHelp(CommandHelpWords.current.reset))
    var reset = false

    @Argument(help: ArgumentHelp(CommandHelpWords.current.resetLesson, valueName: "LESSON"))
    var lesson: String?

    @Flag(name: [.customShort("y"), .long], help: ArgumentHelp(CommandHelpWords.current.yes))
    var yes = false

    func validate() throws {
        if lesson != nil && !reset { throw ValidationError(ProgressWords.current.lessonNeedsReset(lesson!)) }
        if yes && !reset { throw ValidationError(ProgressWords.current.yesNeedsReset) }
    }

    func run() throws {
        let (words, report) = (ProgressWords.current, ReportWords.current)
        try reportingFailures {
            let course = try course.course()
            if !course.problems.isEmpty {
                printError(report.warning(words.lessonsLeftOut(course.problems.count)))
            }
            let store = ProgressStore.standard()
            let (progress, warning) = store.load()
            if let warning { printError(report.warning(warning)) }
            guard reset else { return print(Self.report(progress, course)) }
            let target = try lesson.map { try Self.lessonID($0, course, progress) }
            let what = target.map { id in course.lessons.first { $0.lesson.id == id }.map { Self.name($0.lesson) } ?? words.lessonID(id) }
                ?? words.everything
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    printError(report.error(words.resetNeedsTerminal))
                    throw ExitCode(1)
                }
                guard Self.confirm(words.confirm(what)) else { return print(words.nothingReset) }
            }
            do {
                if let warning = try store.reset(lesson: target) { printError(report.warning(warning)) }
            } catch {
                throw Failure(report.error("\(error)"))
            }
            print(words.cleared(what))
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
        let words = ProgressWords.current
        var table = TextTable(header: ["", words.lessonColumn, words.progressColumn])
        for script in course.lessons {
            let record = progress.lessons[script.lesson.id]
            let state: String
            if record?.done == true {
                state = words.done
            } else if let step = record?.step, step > 0 {
                state = words.stepOf(min(step + 1, script.frames.count), script.frames.count)
            } else {
                state = words.new
            }
            table.add([script.lesson.number.map(String.init) ?? "", script.lesson.title, state])
        }
        let done = course.lessons.filter { progress.lessons[$0.lesson.id]?.done == true }.count
        return table.rendered() + "\n" + words.doneCount(done, course.lessons.count) + quizReport(progress.quizzes)
    }

    /// The quizzes' lines of the report, after a blank line; none when no quiz was taken.
    static func quizReport(_ quizzes: [QuizRecord]) -> String {
        guard !quizzes.isEmpty else { return "" }
        let totals = QuizReport.totals(quizzes)
        let right = totals.map(\.tally.right).reduce(0, +), asked = totals.map(\.tally.asked).reduce(0, +)
        let points = QuizReport.points(quizzes.map(\.score).reduce(0, +))
        let best = quizzes.map(\.bestStreak).max() ?? 0
        let summary = ProgressWords.current.quizzesSummary(quizzes.count, right, asked, points, best)
        return "\n\n" + ([summary] + QuizReport.topicTable(totals)).joined(separator: "\n")
    }

    /// The id of the lesson `text` names: by its number in the course, or by its id (in the
    /// course, or in the progress file for a lesson the course no longer has).
    static func lessonID(_ text: String, _ course: Course, _ progress: CourseProgress) throws -> String {
        if let number = Int(text) {
            guard let script = course.lesson(numbered: number) else {
                let numbers = course.lessons.compactMap(\.lesson.number)
                throw Failure.error(ProgressWords.current.noLessonNumbered(number, numbers.map(String.init).joined(separator: ", ")))
            }
            return script.lesson.id
        }
        guard course.lessons.contains(where: { $0.lesson.id == text }) || progress.lessons[text] != nil else {
            throw Failure.error(ProgressWords.current.noLessonCalled(text))
        }
        return text
    }

    /// `lesson 4 (Computational graphs)`.
    private static func name(_ lesson: Lesson) -> String {
        let words = ProgressWords.current
        return lesson.number.map { words.lessonNumbered($0, lesson.title) } ?? words.lessonWithID(lesson.id, lesson.title)
    }

    /// Asks `question` on the terminal; true for an answer starting with y.
    private static func confirm(_ question: String) -> Bool {
        FileHandle.standardOutput.write(Data(question.utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") ?? false
    }
}
