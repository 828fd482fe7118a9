import GraphEngine
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor

/// Every question's graph fits the quiz's graph pane at 80×24, in detailed boxes — their
/// operations and every edge's partial on screen — with no node off screen.
@Suite struct QuizFitTests {
    static let generator = QuizGenerator(lessons: QuizScreenTests.course.lessons)

    /// Array questions' graphs are drawn as blocks.
    @Test(arguments: QuizTopic.allCases)
    func everyGraphFitsThePaneAt80x24(_ topic: QuizTopic) {
        let rows = QuizScreen.graphRows(22)
        var sizes: [String] = []
        for seed in UInt64(1)...100 {
            var random = SeededGenerator(seed: seed)
            let question = Self.generator.question(topic, using: &random)
            let layout = switch QuizScreen.shown(for: question, notation: .marks) {
            case .scalar(let explorer): explorer.layout
            case .blocks(let explorer): explorer.layout
            }
            // The lessons' own graphs are drawn as the lessons draw them: the overview, where the
            // boxes do not fit.
            if topic == .lesson {
                var canvas = Canvas(width: 80, height: 24)
                QuizScreen(Quiz(Quiz.Setup(seed: seed, count: 1, topics: [.lesson], id: "fit"), generator: Self.generator)).render(into: &canvas)
                if canvas.rows.joined().contains("off screen") { sizes.append("seed \(seed): \(canvas.rows.joined(separator: "\n"))") }
            } else if layout.width > 80 || layout.height > rows {
                sizes.append("seed \(seed): \(layout.width)×\(layout.height)\n\(question.graph.source)")
            }
        }
        #expect(sizes.count == 0, "\(topic): \(sizes.count) graphs do not fit 80×\(rows):\n\(sizes.prefix(2).joined(separator: "\n"))")
    }
}
