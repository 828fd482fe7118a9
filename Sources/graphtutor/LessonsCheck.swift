import ArgumentParser
import Tutor
import Words

/// `graphtutor lessons check [DIR]`: every lesson checked against the engine, each problem as
/// `file:line: message`.
struct LessonsCheck: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CommandHelpWords.current.checkAbstract, discussion: CommandHelpWords.current.checkDiscussion)
    }

    @Argument(help: ArgumentHelp(CommandHelpWords.current.checkDirectory, valueName: "DIR"))
    var directory: String?

    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingFailures {
            let course = try LessonOptions.course(in: directory)
            var problems = course.problems
            var total = course.lessons.count + course.problems.count
            guard total > 0 else {
                printError(ReportWords.current.error(CommandWords.current.noLessonFiles(directory ?? "")))
                throw ExitCode(1)
            }
            // Each translation is checked too, and must match the course but for its words.
            for translation in Self.translations {
                guard let edition = try LessonOptions.edition(translation, in: directory) else { continue }
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
    static let translations = Language.allCases.filter { $0 != .en }

    /// `12 lessons, all pass`, `2 of 12 lessons have problems`.
    static func summary(lessons total: Int, failing: Int) -> String {
        let words = CommandWords.current
        return failing > 0 ? words.someFail(failing, total) : words.allPass(total)
    }
}
