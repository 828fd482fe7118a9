import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// Every question's graph fits the quiz's graph pane at 80×24, in detailed boxes — their
/// operations and every edge's partial on screen — with no node off screen.
@Suite struct QuizFitTests {
    static let generator = QuizGenerator(lessons: QuizScreenTests.course.lessons)

    /// Array questions are drawn as the scalar graph they lower to, an entry a node, which
    /// does not fit; they are left out until array graphs are drawn as blocks.
    @Test(arguments: QuizTopic.allCases.filter { $0 != .arrays })
    func everyGraphFitsThePaneAt80x24(_ topic: QuizTopic) {
        let rows = QuizScreen.graphRows(22)
        var sizes: [String] = []
        for seed in UInt64(1)...100 {
            var random = SeededGenerator(seed: seed)
            let question = Self.generator.question(topic, using: &random)
            let state = QuizScreen.explorer(for: question, notation: .marks)
            // The lessons' own graphs are drawn as the lessons draw them: the overview, where the
            // boxes do not fit.
            if topic == .lesson {
                var canvas = Canvas(width: 80, height: 24)
                QuizScreen(Quiz(Quiz.Setup(seed: seed, count: 1, topics: [.lesson], id: "fit"), generator: Self.generator)).render(into: &canvas)
                if canvas.rows.joined().contains("off screen") { sizes.append("seed \(seed): \(canvas.rows.joined(separator: "\n"))") }
            } else if state.layout.width > 80 || state.layout.height > rows {
                sizes.append("seed \(seed): \(state.layout.width)×\(state.layout.height)\n\(question.graph.source)")
            }
        }
        #expect(sizes.count == 0, "\(topic): \(sizes.count) graphs do not fit 80×\(rows):\n\(sizes.prefix(2).joined(separator: "\n"))")
    }
}
