import Foundation
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor
import Words

/// The screens in Chinese, with the Chinese course, at 80×24 and 120×40: the home screen, a
/// lesson step, the explorer with its help and dialogs, and a quiz question before and after
/// its answer.
@Suite struct ChineseSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    static let course = try! Course(directory: LessonPlayerTests.folder + "/zh")

    /// Renders `app` at both sizes in Chinese and checks each against `zh-name-WxH`.
    func check(_ name: String, _ app: () throws -> App) throws {
        try Words.$language.withValue(.zh) {
            let app = try app()
            for (width, height) in Self.sizes {
                let canvas = app.render(width: width, height: height)
                try Snapshot.check(canvas, named: "zh-\(name)-\(width)x\(height)")
                #expect(Self.english(in: canvas.rows.joined(separator: "\n")) == [], "zh-\(name)-\(width)x\(height)")
            }
        }
    }

    /// The words a Chinese screen may show in Latin letters: the program's name and command, key
    /// names, and the ASCII spellings of the notation (`de/db`, `grad b`, `tan b`).
    static let allowed: Set<String> = ["GraphTutor", "graphtutor", "progress", "Enter", "Esc", "Tab", "Shift", "Backspace", "hjkl", "grad", "tan"]

    /// The words of two or more Latin letters in `text` that are not allowed on a Chinese screen
    /// (derivatives such as `de/db` and `dw` are notation: `d` and then a name).
    static func english(in text: String) -> [String] {
        let words = text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 2 }
        let names = Set("abcdexyzw")
        return words.filter { !allowed.contains($0) && !($0.count == 2 && $0.first == "d" && names.contains($0.last!)) }
    }

    /// The app after `keys`, from `app`.
    func pressing(_ keys: [Event], _ app: App) -> App {
        var app = app
        for key in keys { _ = app.update(.input(key)) }
        return app
    }

    @Test func home() throws {
        try check("home") { App.home(course: Self.course, progress: CourseProgress()) }
    }

    @Test func homeHelp() throws {
        try check("home-help") { pressing([.character("?")], App.home(course: Self.course, progress: CourseProgress())) }
    }

    @Test func lessonStep() throws {
        try check("lesson-4-step-3") {
            let script = try #require(Self.course.lesson(numbered: 4))
            return App(.lesson(LessonPlayer(script, at: 2)), course: Self.course)
        }
    }

    @Test func lessonWithThePlot() throws {
        try check("lesson-3-plot") {
            let script = try #require(Self.course.lesson(numbered: 3))
            let plot = try #require(script.frames.firstIndex { $0.step.plot })
            return App(.lesson(LessonPlayer(script, at: plot)), course: Self.course)
        }
    }

    static func explorer(_ keys: String, special: [Event] = []) throws -> App {
        let state = try ExplorerState(source: App.exampleGraph, inputs: App.exampleInputs)
        var app = App(.explorer(state))
        for event in keys.map({ Event.character($0) }) + special { _ = app.update(.input(event)) }
        return app
    }

    @Test func explorerReverseMode() throws { try check("explorer-reverse-4") { try Self.explorer("rnnnn") } }
    @Test func explorerPathSums() throws { try check("explorer-paths-b-last") { try Self.explorer("", special: [.tab, .character("s"), .character("G")]) } }
    @Test func explorerHelp() throws { try check("explorer-help") { try Self.explorer("?") } }
    @Test func explorerLegend() throws { try check("explorer-legend") { try Self.explorer("??") } }
    @Test func explorerPredicting() throws { try check("explorer-predict") { try Self.explorer("prn") } }
    @Test func explorerNewGraphError() throws {
        try check("explorer-new-graph-error") {
            try Self.explorer(":", special: [.control("u")] + "y = x + ".map { Event.character($0) } + [.enter])
        }
    }
    @Test func explorerDescent() throws {
        try check("explorer-descent") { try Self.explorer("", special: [.character("d"), .enter]) }
    }

    static func quiz() -> App {
        let setup = Quiz.Setup(seed: 4, count: 2, topics: [.derivative], id: "test")
        return App.quiz(setup, course: course, progress: CourseProgress())
    }

    @Test func quizQuestion() throws { try check("quiz-question") { pressing([.character("h")], Self.quiz()) } }
    @Test func quizSolution() throws {
        try check("quiz-solution") { pressing([.character("9"), .character("9"), .enter], Self.quiz()) }
    }

    /// `graphtutor lesson 4 --plain --lang zh`: the drawing keeps its Chinese, and its boxes
    /// their shape.
    @Test func plainLesson() throws {
        try Words.$language.withValue(.zh) {
            let script = try #require(Self.course.lesson(numbered: 4))
            let text = LessonText.render(script)
            try Snapshot.check(text, named: "zh-lesson-04-plain")
            #expect(Self.english(in: text) == [])
        }
    }

    /// The end of a quiz: the score, the streak and the table of topics.
    @Test func quizEnd() throws {
        try check("quiz-end") {
            let app = Self.quiz()
            guard case .quiz(let screen) = app.screen else { throw QuizMissing() }
            let answers = screen.quiz.questions.map { QuizScreenTests.answer($0, right: true) }
            let keys = answers.flatMap { answer in answer.map { Event.character($0) } + [.enter, .enter] }
            return pressing(keys, app)
        }
    }

    struct QuizMissing: Error {}

    /// `printf '6\n5\n' | graphtutor quiz --plain --seed 1 --count 2 --lang zh`.
    @Test func plainQuiz() throws {
        try Words.$language.withValue(.zh) {
            let quiz = Quiz(Quiz.Setup(seed: 1, count: 2, id: "test"), generator: QuizGenerator(lessons: Self.course.lessons, notation: .words))
            let text = QuizScreenTests.transcript(quiz, ["h", "6", "5"])
            try Snapshot.check(text, named: "zh-quiz-plain-seed-1")
            #expect(Self.english(in: text) == [])
        }
    }
}
