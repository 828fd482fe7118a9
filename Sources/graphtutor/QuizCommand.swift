import ArgumentParser
import Foundation
import TerminalUI
import TextCanvas
import Tutor

/// `graphtutor quiz`: fresh questions on the course's ideas, graded, full screen or as plain
/// text; the results go into the progress store.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take a quiz: fresh questions on every idea of the course, graded, with worked solutions.",
        discussion: """
            Each question is asked on a fresh small graph (or is one of the lessons' own \
            predictions); the same --seed gives the same quiz, given the same record of past \
            quizzes, since the topics lean towards those you have most often missed. Type a \
            number (2, -0.5, 1/2, 2*3 + 1) or, for multiple choice, a letter; h takes a hint, \
            which halves the points.

            With --plain, or when standard input or output is not a terminal, the questions are \
            printed with an ASCII drawing of their graph and the answers read one a line; the \
            end of the input ends the quiz with the score so far.
            Examples:
              graphtutor quiz
              graphtutor quiz --topic adjoint,tangent --count 5
              printf '6\\n5\\n' | graphtutor quiz --plain --seed 1 --count 2
            """
    )

    @Option(help: "The seed the questions are drawn from (default: a random one).")
    var seed: UInt64?

    @Option(help: "How many questions to ask.")
    var count = 10

    @Option(help: ArgumentHelp("Ask only these topics, comma-separated (see --list-topics).", valueName: "TOPICS"))
    var topic: [String] = []

    @Flag(help: "List the topics, one a line, and exit.")
    var listTopics = false

    @Flag(help: "Print the questions and read the answers as lines of text.")
    var plain = false

    @Flag(help: "Draw with ASCII characters only (automatic under a non-UTF-8 locale).")
    var ascii = false

    @OptionGroup var lessons: LessonOptions

    func validate() throws {
        guard (1...100).contains(count) else { throw ValidationError("--count must be from 1 to 100, not \(count)") }
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
                throw Failure("error: the lessons ask no predictions, so there is no lesson question to ask")
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
                do { try store.save(progress) } catch { failedSave = "warning: progress not saved: \(error)" }
            })
        if let failedSave { printError(failedSave) }
    }
}

/// The setup of a quiz this run starts: `seed`, or a random one, and an id no other quiz has.
func newQuizSetup(seed: UInt64? = nil, count: Int = 10, topics: [QuizTopic] = []) -> Quiz.Setup {
    Quiz.Setup(seed: seed ?? UInt64.random(in: 0...UInt64.max), count: count, topics: topics, id: UUID().uuidString)
}
