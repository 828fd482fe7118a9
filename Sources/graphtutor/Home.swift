import ArgumentParser
import TerminalUI
import Tutor

/// `graphtutor` (or `graphtutor home`): the home screen, with the course's lessons, what the
/// learner has done, and the explorer.
struct Home: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the home screen: the lessons, your progress, the explorer and the quiz.",
        discussion: """
            The lesson to continue is selected. When standard output is not a terminal, prints \
            the list of lessons instead.
            """
    )

    @OptionGroup var lessons: LessonOptions

    @Flag(help: "Draw with ASCII characters only (automatic under a non-UTF-8 locale).")
    var ascii = false

    mutating func run() throws {
        try reportingFailures {
            let course = try lessons.playableCourse()
            guard let display = fullScreenOptions(ascii: ascii) else {
                print(LessonText.contents(course), terminator: "")
                return
            }
            let (progress, store) = loadProgress()
            try runFullScreen(.home(course: course, progress: progress, options: display, quizSetup: newQuizSetup()), display: display, store: store)
        }
    }
}
