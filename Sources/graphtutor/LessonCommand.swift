import ArgumentParser
import TerminalUI
import Tutor
import Words

/// `graphtutor lesson N`: plays lesson N full screen from where the learner left it, or prints
/// it as text.
struct LessonCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lesson", abstract: CommandHelpWords.current.lessonAbstract, discussion: CommandHelpWords.current.lessonDiscussion)
    }

    @Argument(help: ArgumentHelp(CommandHelpWords.current.lessonNumber, valueName: "N"))
    var number: Int?

    @OptionGroup var lessons: LessonOptions

    @OptionGroup var language: LanguageOptions

    @Flag(help: ArgumentHelp(CommandHelpWords.current.plainLesson))
    var plain = false

    @Flag(help: ArgumentHelp(CommandHelpWords.current.ascii))
    var ascii = false

    mutating func run() throws {
        try reportingFailures {
            let course = try lessons.playableCourse()
            let (progress, store) = loadProgress()
            let ids = course.lessons.map(\.lesson.id)
            let script: LessonScript
            if let number {
                guard let found = course.lesson(numbered: number) else {
                    let numbers = course.lessons.compactMap(\.lesson.number).map(String.init).joined(separator: ", ")
                    throw Failure.error(CommandWords.current.noLessonNumbered(number, numbers))
                }
                script = found
            } else {
                guard let id = progress.lessonToContinue(in: ids) ?? ids.first, let index = ids.firstIndex(of: id) else {
                    throw Failure.error(CommandWords.current.noLessons)
                }
                script = course.lessons[index]
            }
            guard !plain, let display = fullScreenOptions(ascii: ascii) else {
                print(LessonText.render(script), terminator: "")
                return
            }
            try runFullScreen(
                .lesson(script, course: course, progress: progress, options: display, quizSetup: newQuizSetup()), display: display, store: store)
        }
    }
}
