/// Which topics a quiz asks, leaning towards the learner's weakest.
///
/// Each topic's weight is 1 + 3 · (1 − a), where a = (right + 1) / (asked + 2) is its accuracy
/// over every quiz recorded, counted as if one more question had been answered right and one
/// wrong: a topic never asked weighs 2.5, one always answered right tends to 1, one always
/// missed to 4. Each question's topic is drawn with chances in proportion to the weights,
/// never the topic of the question before it when there is another.
public enum QuizPlan {
    /// The weight of a topic with `tally` over the quizzes so far.
    public static func weight(_ tally: QuizRecord.Tally?) -> Double {
        let tally = tally ?? QuizRecord.Tally()
        return 1 + 3 * (1 - Double(tally.right + 1) / Double(tally.asked + 2))
    }

    /// `count` topics drawn from `topics` (not empty) with `history`'s weights.
    public static func topics(count: Int, from topics: [QuizTopic], history: [QuizRecord], using random: inout some RandomNumberGenerator) -> [QuizTopic] {
        let totals = QuizRecord.totals(history)
        let weights = topics.map { weight(totals[$0.rawValue]) }
        var drawn: [QuizTopic] = []
        for _ in 0..<count {
            let open = topics.indices.filter { topics.count == 1 || topics[$0] != drawn.last }
            var ticket = Double.random(in: 0..<open.map { weights[$0] }.reduce(0, +), using: &random)
            let index = open.first { index in
                ticket -= weights[index]
                return ticket < 0
            } ?? open.last!
            drawn.append(topics[index])
        }
        return drawn
    }
}
