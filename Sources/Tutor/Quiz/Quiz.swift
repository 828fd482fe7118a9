import Foundation
import GraphEngine
import Words

/// A quiz being taken: its questions, the one asked, the hints taken for it, and every answer
/// graded so far. Both front ends — the screen and plain text — drive this one value: ask,
/// `hint()`, `answer(_:)`, then `next()`.
///
/// A right answer scores 1 point, halved by each hint taken (up to two); a wrong one scores 0
/// and breaks the streak. Text that cannot be read as an answer is told so and never graded.
public struct Quiz: Sendable {
    /// What a quiz is made from.
    public struct Setup: Equatable, Sendable {
        public var seed: UInt64
        public var count: Int
        /// The topics to ask; empty for every topic there is.
        public var topics: [QuizTopic]
        /// The record's id in the progress store: unique to this quiz.
        public var id: String

        public init(seed: UInt64, count: Int = 10, topics: [QuizTopic] = [], id: String) {
            self.seed = seed
            self.count = count
            self.topics = topics
            self.id = id
        }

        /// The setup of the quiz after this one in the same run: another seed, drawn from this
        /// one, and the id with a number after it.
        public func following(_ number: Int) -> Setup {
            var random = SeededGenerator(seed: seed)
            var setup = self
            setup.seed = random.next()
            setup.id = "\(id.split(separator: "#").first ?? "")#\(number)"
            return setup
        }
    }

    /// A graded answer.
    public struct Outcome: Equatable, Sendable {
        public let topic: QuizTopic
        /// What the learner typed.
        public let given: String
        public let right: Bool
        public let hints: Int
        public let points: Double
    }

    public let setup: Setup
    public let questions: [QuizQuestion]
    /// The question asked, from 0; `questions.count` once the quiz is over.
    public private(set) var index = 0
    /// How many of the current question's hints have been taken.
    public private(set) var hintsTaken = 0
    /// One per question answered, in order.
    public private(set) var outcomes: [Outcome] = []

    /// The quiz `setup` describes, its topics chosen with `history`'s weights (see `QuizPlan`)
    /// among those `generator` can ask; with the same setup and history, the same questions.
    public init(_ setup: Setup, generator: QuizGenerator, history: [QuizRecord] = []) {
        self.setup = setup
        var random = SeededGenerator(seed: setup.seed)
        let wanted = setup.topics.isEmpty ? generator.topics : setup.topics.filter(generator.topics.contains)
        let topics = wanted.isEmpty ? [] : QuizPlan.topics(count: setup.count, from: wanted, history: history, using: &random)
        questions = topics.map { generator.question($0, using: &random) }
    }

    /// The question being asked or just answered; nil once the quiz is over.
    public var current: QuizQuestion? { index < questions.count ? questions[index] : nil }
    /// Whether the current question has been answered (and `next()` moves on).
    public var isAnswered: Bool { outcomes.count > index }
    public var isFinished: Bool { index >= questions.count }
    /// The hints taken for the current question, in order.
    public var hints: [String] { current.map { Array($0.hints.prefix(hintsTaken)) } ?? [] }

    /// Takes the current question's next hint, if one is left and it is not answered yet.
    public mutating func hint() -> String? {
        guard let question = current, !isAnswered, hintsTaken < question.hints.count else { return nil }
        hintsTaken += 1
        return question.hints[hintsTaken - 1]
    }

    /// Grades `text` as the answer to the current question; text that is no answer is
    /// `.unreadable` and leaves the question open.
    public mutating func answer(_ text: String) -> Result<Outcome, Unreadable> {
        guard let question = current, !isAnswered else { return .failure(Unreadable(reason: QuizWords.current.answeredAlready)) }
        let right: Bool
        switch (TypedAnswer(text, choices: question.choices.count), question.answer) {
        case (.unreadable(let reason), _): return .failure(Unreadable(reason: reason))
        case (.number(let guess), .number(let value)): right = Grader.accepts(guess, answer: value)
        case (.choice(let guess), .choice(let value)): right = guess == value
        default: right = false
        }
        let points = right ? 1 / Double(1 << hintsTaken) : 0
        let outcome = Outcome(topic: question.topic, given: text.trimmingCharacters(in: .whitespaces), right: right, hints: hintsTaken, points: points)
        outcomes.append(outcome)
        return .success(outcome)
    }

    /// Moves on to the next question once this one is answered.
    public mutating func next() {
        guard isAnswered else { return }
        index += 1
        hintsTaken = 0
    }

    /// Why typed text is not an answer, in words for the learner.
    public struct Unreadable: Error, Equatable, Sendable {
        public let reason: String
    }

    /// The points scored so far.
    public var score: Double { outcomes.map(\.points).reduce(0, +) }
    /// Right answers in a row, up to the last one.
    public var streak: Int { outcomes.reversed().prefix { $0.right }.count }
    /// The longest run of right answers.
    public var bestStreak: Int {
        outcomes.reduce(into: (best: 0, run: 0)) { streak, outcome in
            streak.run = outcome.right ? streak.run + 1 : 0
            streak.best = max(streak.best, streak.run)
        }.best
    }

    /// Each topic's tally in this quiz, in the order of `QuizTopic.allCases`.
    public var tallies: [(topic: QuizTopic, tally: QuizRecord.Tally)] {
        QuizTopic.allCases.compactMap { topic in
            let answered = outcomes.filter { $0.topic == topic }
            guard !answered.isEmpty else { return nil }
            return (topic, QuizRecord.Tally(asked: answered.count, right: answered.filter(\.right).count, points: answered.map(\.points).reduce(0, +)))
        }
    }

    /// The quiz so far, for the progress store.
    public var record: QuizRecord {
        QuizRecord(
            id: setup.id, seed: String(setup.seed),
            topics: Dictionary(uniqueKeysWithValues: tallies.map { ($0.topic.rawValue, $0.tally) }), score: score, bestStreak: bestStreak)
    }
}
