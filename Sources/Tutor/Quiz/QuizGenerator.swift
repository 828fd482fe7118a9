/// Makes the questions of a quiz: for each topic, a fresh question from the random source —
/// the same source state gives the same question — drawn again until it is well posed.
public struct QuizGenerator: Sendable {
    /// The lessons whose predictions the `lesson` topic asks.
    public let lessons: [LessonScript]
    /// How the questions write adjoints and tangents.
    public let notation: Notation
    private let predictions: [(script: LessonScript, frame: Int)]

    public init(lessons: [LessonScript], notation: Notation = .marks) {
        self.lessons = lessons
        self.notation = notation
        predictions = QuizQuestion.lessonPredictions(lessons)
    }

    /// The topics this generator can ask: every one, but `lesson` only when a lesson predicts.
    public var topics: [QuizTopic] { QuizTopic.allCases.filter { $0 != .lesson || !predictions.isEmpty } }

    /// A question on `topic`, which must be one of `topics`.
    public func question(_ topic: QuizTopic, using random: inout some RandomNumberGenerator) -> QuizQuestion {
        while true {
            let question: QuizQuestion
            switch topic {
            case .value: question = .value(notation, using: &random)
            case .partial: question = .partial(notation, using: &random)
            case .derivative: question = .derivative(notation, using: &random)
            case .adjoint: question = .adjoint(notation, using: &random)
            case .tangent: question = .tangent(notation, using: &random)
            case .paths: question = .paths(notation, using: &random)
            case .cost: question = .cost(notation, using: &random)
            case .descent: question = .descent(notation, using: &random)
            case .layer: question = .layer(notation, using: &random)
            case .arrays: question = .arrays(notation, using: &random)
            case .lesson:
                let (script, frame) = predictions.randomElement(using: &random)!
                question = .lesson(script, frame: frame, notation)
            }
            if question.isWellPosed { return question }
        }
    }
}

extension QuizQuestion {
    /// Whether the question can be graded fairly: a number answer is finite, not too large and
    /// not so small that the tolerance would accept 0 for it; a choice is one of the choices.
    public var isWellPosed: Bool {
        switch answer {
        case .number(let value): QuizQuestion.isModest(value) && graph.evaluation.values.allSatisfy(\.isFinite)
        case .choice(let index): choices.indices.contains(index)
        }
    }
}
