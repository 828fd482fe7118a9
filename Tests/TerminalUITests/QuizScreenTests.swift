import Foundation
import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor
import Words

/// The quiz on the screen and in plain text: what shows before and after an answer, the
/// progress it records, and golden transcripts of plain mode.
@Suite struct QuizScreenTests {
    static let course = try! Course(
        directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("lessons").path)

    static func quiz(seed: UInt64, count: Int, topics: [QuizTopic] = [], notation: Notation = .marks) -> Quiz {
        Quiz(Quiz.Setup(seed: seed, count: count, topics: topics, id: "test"), generator: QuizGenerator(lessons: course.lessons, notation: notation))
    }

    static func answer(_ question: QuizQuestion, right: Bool) -> String {
        switch question.answer {
        case .number(let value): NumberFormat.plain(right ? value : value + 1)
        case .choice(let index): String(QuizQuestion.letters[right ? index : (index + 1) % question.choices.count])
        }
    }

    /// The plain quiz run on `lines` as its input, as the terminal would show it.
    static func transcript(_ quiz: Quiz, _ lines: [String]) -> String {
        var quiz = quiz
        var input = lines[...]
        var output = ""
        QuizText.run(&quiz, echo: true, readLine: { input.popFirst() }, write: { output += $0 }, answered: { _ in })
        return output
    }

    @Test func plainModeAsTheIssueScriptsIt() throws {
        // printf '6\n5\n' | graphtutor quiz --plain --seed 1 --count 2
        try Snapshot.check(Self.transcript(Self.quiz(seed: 1, count: 2, notation: .words), ["6", "5"]), named: "quiz-plain-seed-1")
    }

    @Test func plainModeHintsUnreadableAnswersAndTheEndOfInput() throws {
        let quiz = Self.quiz(seed: 11, count: 3, topics: [.cost, .derivative], notation: .words)
        let first = quiz.questions[0]
        let lines = ["h", "", "seven", "h", "h", Self.answer(first, right: true), Self.answer(quiz.questions[1], right: false)]
        let text = Self.transcript(quiz, lines)
        #expect(text.contains("hint 1: ") && text.contains("hint 2: ") && text.contains("no more hints for this question"))
        #expect(text.contains("'seven' names seven, which has no value here"))
        #expect(text.contains("(end of input)"))
        #expect(text.contains("Score: 0.25 points of 3 · 1 of 2 answered right · best streak 1"))
        try Snapshot.check(text, named: "quiz-plain-hints-and-end-of-input")
    }

    /// Before the answer, the number asked is not on the graph: the pass is shown up to just
    /// before it, where a sum shows what it has so far. (Questions without a pass show values
    /// and partials only, and ask for none.)
    @Test(arguments: [QuizTopic.value, .partial, .adjoint, .tangent, .layer, .lesson])
    func theAnswerIsNotOnTheGraphBeforeItIsGiven(_ topic: QuizTopic) {
        for seed in UInt64(1)...60 {
            let question = Self.quiz(seed: seed, count: 1, topics: [topic]).questions[0]
            guard case .scalar(let state) = QuizScreen.shown(for: question, notation: .marks) else {
                Issue.record("seed \(seed): not a scalar graph")
                continue
            }
            let solution = question.solution
            let asked = solution.pass.steps[solution.steps.last!].quantity
            if topic == .layer {
                #expect(state.disclosure.value(asked.node) == nil)  // the layer's output, and so its partials
            } else if let shown = state.disclosure.number(asked), case .number(let answer) = question.answer {
                // Only a sum still waiting for the share asked for: `b̄ = 3 + …`.
                #expect(state.disclosure.isPartial(asked) && !Grader.accepts(shown, answer: answer), "seed \(seed): \(question.prompt)")
            }
        }
    }

    static func screen(_ quiz: Quiz, _ events: [Event], width: Int = 80, height: Int = 24) -> (QuizScreen, Canvas) {
        var screen = QuizScreen(quiz)
        for event in events { _ = screen.update(event) }
        var canvas = Canvas(width: width, height: height)
        screen.render(into: &canvas)
        return (screen, canvas)
    }

    static func typing(_ text: String) -> [Event] { text.map { .character($0) } }

    @Test func aQuestionBesideItsGraphThenTheWorkedSolution() throws {
        let quiz = Self.quiz(seed: 4, count: 2, topics: [.derivative])
        let question = quiz.questions[0]
        let (_, asking) = Self.screen(quiz, [.character("h")])
        try Snapshot.check(asking, named: "quiz-derivative-hint-80x24")
        let (answered, wrong) = Self.screen(quiz, [.character("h")] + Self.typing("99") + [.enter])
        #expect(answered.quiz.outcomes.map(\.right) == [false])
        #expect(wrong.rows.joined(separator: "\n").contains("✗ you said 99; the answer is \(question.answerText)"))
        try Snapshot.check(wrong, named: "quiz-derivative-solution-80x24")
        // ← steps back through the solution: the first path is the one highlighted on the graph.
        let (back, _) = Self.screen(quiz, Self.typing("99") + [.enter] + Array(repeating: .left, count: 5))
        #expect(back.solutionStep == 0)
        guard case .scalar(let explorer) = back.shown else { throw NotScalar() }
        #expect(explorer.walkthrough?.revealed == question.solution.steps[0] + 1)
    }

    @Test func multipleChoiceTheEndAndItsSummary() throws {
        let quiz = Self.quiz(seed: 2, count: 2, topics: [.cost])
        var events: [Event] = Self.typing("7") + [.enter]  // a number is no letter: told so, not graded
        let (told, toldCanvas) = Self.screen(quiz, events)
        #expect(told.quiz.outcomes.isEmpty && told.problem == "answer with a letter, a to d")
        #expect(toldCanvas.rows.contains { $0.contains("answer with a letter, a to d") })
        events += [.backspace] + Self.typing(Self.answer(quiz.questions[0], right: true)) + [.enter, .enter]
        events += Self.typing(Self.answer(quiz.questions[1], right: true)) + [.enter, .enter]
        let (done, canvas) = Self.screen(quiz, events)
        #expect(done.quiz.isFinished && done.quiz.score == 2)
        try Snapshot.check(canvas, named: "quiz-end-80x24")
        var leaving = done
        #expect(leaving.update(.enter) == (leave: true, graded: false))
    }

    @Test func theHomeScreenStartsAQuizAndEveryAnswerIsSaved() throws {
        var app = App.home(course: Self.course, progress: CourseProgress(), quizSetup: Quiz.Setup(seed: 9, count: 2, id: "home"))
        guard case .home(let home) = app.screen else { Issue.record("not home"); return }
        #expect(home.entries.suffix(2) == [.explorer, .quiz])
        _ = app.update(.input(.up))  // from the lesson to continue (the first) around to the last entry
        #expect(app.update(.input(.enter)) == [])
        guard case .quiz(let screen) = app.screen else { Issue.record("no quiz"); return }
        #expect(screen.quiz.setup.seed == 9 && app.quizSetup.id == "home#2")
        for character in Self.answer(screen.quiz.questions[0], right: true) { _ = app.update(.input(.character(character))) }
        let commands = app.update(.input(.enter))
        #expect(commands.count == 1)
        guard case .saveProgress(let progress) = commands.first else { Issue.record("nothing saved"); return }
        #expect(progress.quizzes.map(\.id) == ["home"] && progress.quizzes[0].answered == 1 && progress.quizzes[0].score == 1)
        _ = app.update(.input(.escape))
        guard case .home = app.screen else { Issue.record("Esc did not go home"); return }
    }

    struct NotScalar: Error {}

    /// An array question draws its graph as blocks, the array asked about selected and no
    /// gradient shown; after the answer, reverse mode has reached that array.
    @Test func anArrayQuestionOnItsBlocks() throws {
        for language in [Language.en, .zh] {
            try Words.$language.withValue(language) {
                let quiz = Self.quiz(seed: 2, count: 1, topics: [.arrays])
                let prefix = language == .zh ? "zh-" : ""
                for (width, height) in [(80, 24), (120, 40)] {
                    let (screen, canvas) = Self.screen(quiz, [], width: width, height: height)
                    try Snapshot.check(canvas, named: "\(prefix)quiz-arrays-\(width)x\(height)")
                    guard case .blocks(let explorer) = screen.shown else { throw NotScalar() }
                    #expect(explorer.walkthrough == nil && explorer.selected == quiz.questions[0].view.selected)
                }
                let (answered, _) = Self.screen(quiz, Self.typing("0") + [.enter])
                guard case .blocks(let explorer) = answered.shown, let walkthrough = explorer.walkthrough else { throw NotScalar() }
                #expect(walkthrough.current?.node == explorer.selected && walkthrough.shares(of: explorer.selected).map { $0.received == $0.count } == true)
            }
        }
    }
}
