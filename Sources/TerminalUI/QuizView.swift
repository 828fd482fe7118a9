import GraphEngine
import TextCanvas
import Tutor
import Words

extension QuizScreen {
    /// The smallest terminal the quiz draws in.
    public static let minimumSize = (width: 70, height: 20)

    /// Draws the quiz: the title with the question's number and the score, the graph pane,
    /// a rule naming the topic (or the solution's step), the question with the answer being
    /// typed and the hints taken — or, once answered, the verdict and the worked solution —
    /// and the keys. At the end, the score, the streak and each topic's accuracy.
    public func render(into canvas: inout Canvas) {
        let (title, body, footer) = Rect(canvas).screenParts
        drawTitle(into: &canvas, title)
        canvas.write(keys.footer(width: footer.width - 2), x: footer.x + 1, y: footer.y, style: .dim)
        if quiz.isFinished {
            TextPane(summary()).draw(into: &canvas, body.inset(columns: 2))
        } else {
            let (graphArea, lower) = body.splitRows(at: Self.graphRows(body.height))
            let (rule, text) = lower.splitRows(at: 1)
            shown.drawGraphPane(into: &canvas, graphArea)
            drawRule(into: &canvas, rule)
            TextPane(questionLines(width: text.width - 2, rows: text.height)).draw(into: &canvas, text.inset(columns: 1))
            if !quiz.isAnswered { drawField(into: &canvas, text.inset(columns: 1)) }
        }
        if let helpPage { DialogView.help(keys, page: helpPage, notation: shown.notation, into: &canvas) }
    }

    /// The rows the graph pane gets of a body `height` rows high: 12 of the 22 at 80×24, the
    /// height of a quiz graph's detailed boxes, and about half of a taller body.
    static func graphRows(_ height: Int) -> Int { max(12, height / 2) }

    private func drawTitle(into canvas: inout Canvas, _ rect: Rect) {
        let words = QuizScreenWords.current
        let number = quiz.isFinished ? words.finished : words.questionOf(quiz.index + 1, quiz.questions.count)
        canvas.titleBar(words.title(number, QuizReport.points(quiz.score), quiz.streak), in: rect)
    }

    /// `── the topic ──` while asking; `── solution · step 2 of 4 ──` after the answer.
    private func drawRule(into canvas: inout Canvas, _ rect: Rect) {
        canvas.write(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: .dim)
        guard let question = quiz.current else { return }
        let steps = question.solution.steps.count
        let words = QuizScreenWords.current
        let label = !quiz.isAnswered ? question.topic.summary : steps > 1 ? words.solutionStep(solutionStep + 1, steps) : words.solution
        canvas.write(" \(label) ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, style: .bold)
    }

    /// The answer line's prompt, before the field.
    static var answerPrompt: String { QuizScreenWords.current.answerPrompt }

    /// The question's text: the prompt, the choices, the answer line (the field is drawn on it),
    /// any problem with what was typed, and the hints taken. Once answered: the verdict, the
    /// solution's steps (the one on the graph highlighted) and its conclusion, after the prompt
    /// if it fits in `rows`.
    func questionLines(width: Int, rows: Int) -> [(text: String, style: Style)] {
        guard let question = quiz.current else { return [] }
        let words = QuizScreenWords.current
        var prompt: [(text: String, style: Style)] = [(question.prompt, .bold)]
        prompt += question.choices.enumerated().map { ("  \(QuizQuestion.letters[$0.offset])) \($0.element)", .plain) }
        guard quiz.isAnswered, let outcome = quiz.outcomes.last else {
            var answer: [(text: String, style: Style)] = [(Self.answerPrompt, Style(.bold, color: .green))]
            if let problem { answer.append((problem, Style(.bold, color: .red))) }
            answer += quiz.hints.enumerated().map { (words.hint($0.offset + 1, $0.element), Style(color: .yellow)) }
            if quiz.hints.isEmpty && problem == nil { answer.append((words.hintOffer, .dim)) }
            // A blank row before the answer where there is room for one.
            let spaced = prompt + [("", .plain)] + answer
            return TextPane(spaced).rows(width: width).count <= rows ? spaced : prompt + answer
        }
        let verdict = outcome.right
            ? (words.right(question.answerText)
                + (outcome.hints > 0 ? words.withHints(QuizReport.points(outcome.points), outcome.hints == 1 ? words.oneHint : words.twoHints) : ""),
               Style(.bold, color: .green))
            : (words.wrong(outcome.given, question.answerText), Style(.bold, color: .red))
        let solution = question.solution
        let steps = solution.captions.enumerated().map { index, caption in
            (caption, index == solutionStep ? Style(.bold, color: .yellow) : Style.plain)
        }
        let review = [verdict] + steps + solution.conclusion.map { ($0, Style.plain) }
        let withPrompt = prompt + [("", .plain)] + review
        return TextPane(withPrompt).rows(width: width).count <= rows ? withPrompt : review
    }

    /// The field on the answer line.
    private func drawField(into canvas: inout Canvas, _ rect: Rect) {
        let lines = questionLines(width: rect.width, rows: rect.height)
        guard let index = lines.firstIndex(where: { $0.text == Self.answerPrompt }) else { return }
        let row = TextPane(Array(lines[..<index])).rows(width: rect.width).count
        guard row < rect.height else { return }
        let x = rect.x + Self.answerPrompt.displayWidth
        canvas.write(field.spans(width: rect.right - x, style: Style(.bold, color: .green)).spans, x: x, y: rect.y + row)
    }

    /// The end: the score, right answers, the best streak, then each topic's accuracy.
    func summary() -> [(text: String, style: Style)] {
        let lines = QuizText.summary(quiz)
        return [(lines[0], Style.bold)] + lines.dropFirst().map { ($0, Style.plain) }
            + [("", .plain), (QuizScreenWords.current.resultsKept, .dim)]
    }
}
