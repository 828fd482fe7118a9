import ArgumentParser
import TerminalUI
import Tutor

/// `graphtutor lesson N`: plays lesson N full screen from where the learner left it, or prints
/// it as text.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Play a lesson, from where you left it.",
        discussion: """
            Without a number, plays the lesson to continue. With --plain, or when standard output \
            is not a terminal, prints the lesson as text, step by step, with its numbers and an \
            ASCII drawing of the graph.
            Examples:
              graphtutor lesson 4
              graphtutor lesson 4 --plain | less
            """
    )

    @Argument(help: ArgumentHelp("The lesson's number (default: the lesson to continue).", valueName: "N"))
    var number: Int?

    @OptionGroup var lessons: LessonOptions

    @Flag(help: "Print the lesson as text instead of playing it.")
    var plain = false

    @Flag(help: "Draw with ASCII characters only (automatic under a non-UTF-8 locale).")
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
                    throw Failure("error: there is no lesson \(number); the lessons are \(numbers)")
                }
                script = found
            } else {
                guard let id = progress.lessonToContinue(in: ids) ?? ids.first, let index = ids.firstIndex(of: id) else {
                    throw Failure("error: the course has no lessons")
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
