import Foundation
import GraphEngine
import Testing
@testable import Tutor

/// Typed answers in every form, grading, hints and points, streaks, the topic plan, and quiz
/// records in the progress file.
@Suite struct QuizTests {
    @Test(arguments: [
        ("6", 6.0), (" -0.5 ", -0.5), ("1e-3", 0.001), (".5", 0.5), ("1/2", 0.5), ("2*3 + 1", 7), ("-(1/4)", -0.25),
        ("2^3", 8), ("−2", -2), ("3 · 2", 6), ("(1 + 2) * (4 + 5)", 27),
    ])
    func numbersAreReadInEveryForm(_ text: String, _ value: Double) {
        #expect(TypedAnswer(text, choices: 0) == .number(value))
    }

    @Test(arguments: ["", "abc", "x + 1", "2 *", "1/0", "a = 2", "2; 3", "nan", "inf", "1,5", "((", "b)"])
    func textThatIsNoNumberIsToldSoAndNotGraded(_ text: String) {
        guard case .unreadable(let reason) = TypedAnswer(text, choices: 0) else {
            Issue.record("'\(text)' was read as an answer")
            return
        }
        #expect(reason.contains("type a number"))
    }

    @Test func lettersAnswerMultipleChoice() {
        #expect(TypedAnswer("b", choices: 4) == .choice(1))
        #expect(TypedAnswer(" D) ", choices: 4) == .choice(3))
        #expect(TypedAnswer("e", choices: 4) == .unreadable("answer with a letter, a to d"))
        #expect(TypedAnswer("2", choices: 4) == .unreadable("answer with a letter, a to d"))
    }

    static let generator = QuizGenerator(lessons: [])

    static func quiz(_ topics: [QuizTopic], count: Int = 3, seed: UInt64 = 7) -> Quiz {
        Quiz(Quiz.Setup(seed: seed, count: count, topics: topics, id: "test"), generator: generator)
    }

    static func answerText(_ question: QuizQuestion) -> String {
        switch question.answer {
        case .number(let value): NumberFormat.plain(value)
        case .choice(let index): String(QuizQuestion.letters[index])
        }
    }

    @Test func rightWithinTheGradersToleranceWrongOutsideIt() {
        var quiz = Self.quiz([.value], count: 1)
        guard case .number(let value) = quiz.current!.answer else { Issue.record("not a number"); return }
        // Three significant digits are enough; a fraction or arithmetic that makes the number too.
        var near = quiz
        #expect((try? near.answer(NumberFormat.significant(value * (1 + 5e-4), digits: 6)).get())?.right == true)
        var arithmetic = quiz
        #expect((try? arithmetic.answer("(\(NumberFormat.plain(value * 2))) / 2").get())?.right == true)
        #expect((try? quiz.answer(NumberFormat.plain(value + 1)).get())?.right == false)
        #expect(quiz.isAnswered)
    }

    @Test func unreadableTextLeavesTheQuestionOpen() {
        var quiz = Self.quiz([.paths], count: 1)
        #expect(quiz.answer("seven") == .failure(Quiz.Unreadable(reason: "'seven' names seven, which has no value here; type a number, such as 2, -0.5, 1/2 or 2*3 + 1")))
        #expect(!quiz.isAnswered && quiz.outcomes.isEmpty)
        #expect((try? quiz.answer(Self.answerText(quiz.current!)).get())?.right == true)
    }

    @Test func eachHintHalvesThePointsAndThereAreTwo() {
        var quiz = Self.quiz([.derivative, .adjoint], count: 4)
        var points: [Double] = []
        for hints in [0, 1, 2, 3] {
            for _ in 0..<hints { _ = quiz.hint() }
            #expect(quiz.hints.count == min(hints, 2))
            points.append((try? quiz.answer(Self.answerText(quiz.current!)).get())?.points ?? -1)
            #expect(quiz.hint() == nil)  // answered: no more hints
            quiz.next()
        }
        #expect(points == [1, 0.5, 0.25, 0.25])
        #expect(quiz.isFinished && quiz.score == 2)
    }

    @Test func streaksAndTalliesFollowTheAnswers() {
        var quiz = Self.quiz([.value, .cost], count: 5)
        let right = [true, true, false, true, true]
        for isRight in right {
            let question = quiz.current!
            let wrong = switch question.answer {
            case .number(let value): NumberFormat.plain(value + 1)
            case .choice(let index): String(QuizQuestion.letters[(index + 1) % question.choices.count])
            }
            _ = quiz.answer(isRight ? Self.answerText(question) : wrong)
            quiz.next()
        }
        #expect(quiz.outcomes.map(\.right) == right)
        #expect(quiz.streak == 2 && quiz.bestStreak == 2 && quiz.score == 4)
        #expect(quiz.record.answered == 5)
        #expect(quiz.tallies.map(\.tally.asked).reduce(0, +) == 5)
        #expect(quiz.record.topics.values.map(\.right).reduce(0, +) == 4)
    }

    @Test func theSameSetupGivesTheSameQuiz() {
        let a = Self.quiz([], count: 10, seed: 42), b = Self.quiz([], count: 10, seed: 42), c = Self.quiz([], count: 10, seed: 43)
        #expect(a.questions.map(\.prompt) == b.questions.map(\.prompt))
        #expect(a.questions.map(\.prompt) != c.questions.map(\.prompt))
        #expect(!a.questions.contains { $0.topic == .lesson })  // no lessons given: no lesson questions
        #expect(zip(a.questions, a.questions.dropFirst()).allSatisfy { $0.topic != $1.topic })
    }

    @Test func thePlanLeansTowardsTheWeakestTopics() {
        #expect(QuizPlan.weight(nil) == 2.5)
        let weak = QuizRecord(id: "1", seed: "1", topics: ["adjoint": .init(asked: 8, right: 0), "value": .init(asked: 8, right: 8, points: 8)])
        #expect(QuizPlan.weight(weak.topics["adjoint"]) > 3.5 && QuizPlan.weight(weak.topics["value"]) < 1.4)
        var random = SeededGenerator(seed: 1)
        let drawn = QuizPlan.topics(count: 2000, from: [.value, .adjoint, .paths], history: [weak], using: &random)
        let count = { (topic: QuizTopic) in drawn.filter { $0 == topic }.count }
        #expect(count(.adjoint) > count(.paths) && count(.paths) > count(.value))
    }

    @Test func recordsMergeLosingNothingAndOldFilesReadWithout() throws {
        let first = QuizRecord(id: "a", seed: "1", topics: ["value": .init(asked: 1, right: 1, points: 1)], score: 1, bestStreak: 1)
        let longer = QuizRecord(id: "a", seed: "1", topics: ["value": .init(asked: 2, right: 1, points: 1)], score: 1, bestStreak: 1)
        let other = QuizRecord(id: "b", seed: "2", topics: ["paths": .init(asked: 1)])
        let ours = CourseProgress(lessons: ["04": .init(step: 2)], quizzes: [first])
        let theirs = CourseProgress(lessons: ["04": .init(step: 1, done: true)], quizzes: [longer, other])
        let merged = ours.merged(with: theirs)
        #expect(merged.quizzes == [longer, other])
        #expect(merged.lessons["04"] == .init(step: 2, done: true))
        #expect(theirs.merged(with: ours).quizzes == [longer, other])
        #expect(merged.merged(with: merged) == merged)

        let old = try JSONDecoder().decode(CourseProgress.self, from: Data(#"{"version": 1, "lessons": {"04": {"step": 3, "done": false}}}"#.utf8))
        #expect(old.quizzes.isEmpty && old.lessons["04"]?.step == 3)
        let roundTrip = try JSONDecoder().decode(CourseProgress.self, from: JSONEncoder().encode(merged))
        #expect(roundTrip == merged)
    }

    @Test func topicsAreReadFromTheirNames() throws {
        #expect(try QuizTopic.parse("value, Adjoint,value").get() == [.value, .adjoint])
        #expect(QuizTopic.parse("value,nope") == .failure(QuizTopic.UnknownTopic(name: "nope")))
    }
}
