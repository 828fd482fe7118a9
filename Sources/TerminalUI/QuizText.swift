import GraphEngine
import TextCanvas
import Tutor
import Words

/// A quiz in plain text, for `graphtutor quiz --plain` and for input or output that is not a
/// terminal: each question with an ASCII drawing of its graph as the pane would show it, one
/// answer read per line, the verdict and the worked solution, and the score at the end. `h`
/// takes a hint; a line that is not an answer is told so and asked again; the end of the input
/// ends the quiz with the score so far.
public enum QuizText {
    /// Takes `quiz` reading lines with `readLine` (nil at the end of the input) and writing
    /// text with `write`; `echo` repeats each line read after the prompt, for input that is not
    /// typed on a terminal. `answered` gets the quiz after each graded answer, to be recorded.
    public static func run(
        _ quiz: inout Quiz, width: Int = 80, echo: Bool, readLine: () -> String?, write: (String) -> Void, answered: (Quiz) -> Void
    ) {
        let words = QuizScreenWords.current
        write(words.plainHeading(quiz.questions.count, quiz.setup.seed) + "\n")
        questions: while let question = quiz.current {
            write("\n" + self.question(question, number: quiz.index + 1, of: quiz.questions.count, width: width).joined(separator: "\n") + "\n")
            while !quiz.isAnswered {
                write("\n" + words.plainPrompt)
                guard let line = readLine() else {
                    write("\n\(words.endOfInput)\n")
                    break questions
                }
                if echo { write(line + "\n") }
                if line.trimmingCharacters(in: .whitespaces).lowercased() == "h" {
                    let hint = quiz.hint()
                    write(hint.map { words.hint(quiz.hintsTaken, $0) } ?? words.noMoreHints)
                    write("\n")
                    continue
                }
                switch quiz.answer(line) {
                case .failure(let unreadable): write(wrap(unreadable.reason, width: width).joined(separator: "\n") + "\n")
                case .success(let outcome):
                    write(verdict(outcome, question, width: width).joined(separator: "\n") + "\n")
                    answered(quiz)
                }
            }
            quiz.next()
        }
        write("\n" + summary(quiz).joined(separator: "\n") + "\n")
    }

    /// `Question 2 of 10 · topic`, the prompt, the choices and the graph.
    static func question(_ question: QuizQuestion, number: Int, of count: Int, width: Int) -> [String] {
        var lines = wrap(QuizScreenWords.current.plainQuestion(number, count, question.topic.summary), width: width) + [""]
        lines += wrap(question.prompt, width: width)
        lines += question.choices.enumerated().flatMap { wrap("  \(QuizQuestion.letters[$0.offset])) \($0.element)", width: width) }
        let graph = QuizScreen.shown(for: question, notation: .words).asciiDrawing(width: width)
        return lines + [""] + graph
    }

    /// `✓ right` or `✗ …; the answer is …`, then the solution's steps and conclusion.
    static func verdict(_ outcome: Quiz.Outcome, _ question: QuizQuestion, width: Int) -> [String] {
        let words = QuizScreenWords.current
        let first = outcome.right
            ? words.right(question.answerText) + (outcome.hints > 0 ? words.pointsAfterRight(QuizReport.points(outcome.points)) : "")
            : words.wrong(outcome.given, question.answerText)
        var lines = wrap(first, width: width)
        let solution = question.solution.captions + question.solution.conclusion
        if !outcome.right && !solution.isEmpty { lines += [words.solutionHeading] + solution.flatMap { wrap($0, width: width - 2).map { "  " + $0 } } }
        return lines
    }

    /// The score, the right answers and the best streak, then each topic's accuracy.
    static func summary(_ quiz: Quiz) -> [String] {
        let right = quiz.outcomes.filter(\.right).count
        var lines = [
            QuizScreenWords.current.score(QuizReport.points(quiz.score), quiz.questions.count, right, quiz.outcomes.count, quiz.bestStreak)
        ]
        if !quiz.outcomes.isEmpty { lines += [""] + QuizReport.topicTable(quiz.tallies) }
        return lines
    }
}
