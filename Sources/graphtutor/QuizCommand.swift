import ArgumentParser
import Foundation
import TerminalUI
import TextCanvas
import Tutor
import Words

/// `graphtutor quiz`: fresh questions on the course's ideas, graded, full screen or as plain
/// text; the results go into the progress store.
struct QuizCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "quiz", abstract: CommandHelpWords.current.quizAbstract, discussion: CommandHelpWords.current.quizDiscussion)
    }

    @Option(help: ArgumentHelp(CommandHelpWords.current.seed))
    var seed: UInt64?

    @Option(help: ArgumentHelp(CommandHelpWords.current.count))
    var count = 10

    @Option(help: ArgumentHelp(CommandHelpWords.current.topic, valueName: "TOPICS"))
    var topic: [String] = []

    @Flag(help: ArgumentHelp(CommandHelpWords.current.listTopics))
    var listTopics = false

    @Flag(help: ArgumentHelp(CommandHelpWords.current.plainQuiz))
    var plain = false

    @Flag(help: ArgumentHelp(CommandHelpWords.current.ascii))
    var ascii = false

    @OptionGroup var lessons: LessonOptions

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        guard (1...100).contains(count) else { throw ValidationError(CommandWords.current.countRange(count)) }
        for text in topic {
            if case .failure(let unknown) = QuizTopic.parse(text) { throw ValidationError("\(unknown)") }
        }
    }

    mutating func run() throws {
        if listTopics { return print(Self.topicList()) }
        try reportingFailures {
            let course = try lessons.playableCourse()
            let topics = topic.flatMap { (try? QuizTopic.parse($0).get()) ?? [] }
            guard topics.isEmpty || topics.contains(where: QuizGenerator(lessons: course.lessons).topics.contains) else {
                throw Failure.error(CommandWords.current.noPredictions)
            }
            let (progress, store) = loadProgress()
            let setup = newQuizSetup(seed: seed, count: count, topics: topics)
            let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            guard !plain, interactive, let display = fullScreenOptions(ascii: ascii) else {
                return Self.plain(setup, course: course, progress: progress, store: store, echo: isatty(STDIN_FILENO) != 1)
            }
            try runFullScreen(.quiz(setup, course: course, progress: progress, options: display), display: display, store: store)
        }
    }

    /// Every topic with what it asks, one a line.
    static func topicList() -> String {
        var table = TextTable(header: ["", ""])
        for topic in QuizTopic.allCases { table.add([topic.rawValue, topic.summary]) }
        return table.rendered(indent: 0).split(separator: "\n").map(String.init).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The quiz in plain text on standard input and output, recorded after every answer.
    private static func plain(_ setup: Quiz.Setup, course: Course, progress: CourseProgress, store: ProgressStore, echo: Bool) {
        var quiz = Quiz(setup, generator: QuizGenerator(lessons: course.lessons, notation: .words), history: progress.quizzes)
        var progress = progress
        var failedSave: String?
        QuizText.run(
            &quiz, echo: echo, readLine: { readLine() },
            // Unbuffered, so a prompt shows before the answer is read.
            write: { FileHandle.standardOutput.write(Data($0.utf8)) },
            answered: { quiz in
                progress.record(quiz.record)
                do { try store.save(progress) } catch { failedSave = notSavedWarning(error) }
            })
        if let failedSave { printError(failedSave) }
    }
}

/// The setup of a quiz this run starts: `seed`, or a random one, and an id no other quiz has.
func newQuizSetup(seed: UInt64? = nil, count: Int = 10, topics: [QuizTopic] = []) -> Quiz.Setup {
    Quiz.Setup(seed: seed ?? UInt64.random(in: 0...UInt64.max), count: count, topics: topics, id: UUID().uuidString)
}
