import ArgumentParser
import TerminalUI
import Tutor
import Words

/// `graphtutor` (or `graphtutor home`): the home screen, with the course's lessons, what the
/// learner has done, and the explorer.
struct Home: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: CommandHelpWords.current.homeAbstract, discussion: CommandHelpWords.current.homeDiscussion)
    }

    @OptionGroup var lessons: LessonOptions

    @OptionGroup var language: LanguageOptions

    @Flag(help: ArgumentHelp(CommandHelpWords.current.ascii))
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
