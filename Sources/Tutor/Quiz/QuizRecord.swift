/// One quiz as the progress store keeps it: per topic how many questions were asked, how many
/// answered right and the points they gave, with the score and the best streak. A quiz is
/// recorded after every answer under its `id`, so a record only ever grows; merging keeps the
/// longer of two records of one quiz.
public struct QuizRecord: Codable, Equatable, Sendable {
    /// A topic's questions: asked, answered right, and the points those gave (1 each, halved
    /// by each hint taken).
    public struct Tally: Codable, Equatable, Sendable {
        public var asked = 0
        public var right = 0
        public var points = 0.0

        public init(asked: Int = 0, right: Int = 0, points: Double = 0) {
            self.asked = asked
            self.right = right
            self.points = points
        }

        /// The share answered right, from 0 to 1; nil before any question.
        public var accuracy: Double? { asked == 0 ? nil : Double(right) / Double(asked) }

        static func + (a: Tally, b: Tally) -> Tally { Tally(asked: a.asked + b.asked, right: a.right + b.right, points: a.points + b.points) }
    }

    /// Unique to the quiz, across runs and processes.
    public let id: String
    /// The seed it was drawn from, as text (JSON numbers lose 64-bit precision in some readers).
    public var seed: String
    /// By topic name (`QuizTopic.rawValue`); names this version does not know are kept as they are.
    public var topics: [String: Tally]
    public var score: Double
    public var bestStreak: Int

    public init(id: String, seed: String, topics: [String: Tally] = [:], score: Double = 0, bestStreak: Int = 0) {
        self.id = id
        self.seed = seed
        self.topics = topics
        self.score = score
        self.bestStreak = bestStreak
    }

    /// How many questions were answered.
    public var answered: Int { topics.values.map(\.asked).reduce(0, +) }

    /// Every topic's tallies over `records`, added up.
    public static func totals(_ records: [QuizRecord]) -> [String: Tally] {
        records.reduce(into: [:]) { totals, record in
            for (topic, tally) in record.topics { totals[topic] = (totals[topic] ?? Tally()) + tally }
        }
    }
}
