/// The words of the quiz, on the screen and in plain text: the title and score, the answer
/// line, hints, verdicts, the summary at the end and the table of topics, and its keys.
public struct QuizScreenWords: Catalogue {
    /// `quiz · question 2 of 10 · 1.5 points · streak 1`.
    public let title: Template
    public let questionOf: Template
    public let finished: String
    public let solution: String
    public let solutionStep: Template
    public let answerPrompt: String
    public let hint: Template
    public let hintOffer: String
    /// `✓ right: 5`.
    public let right: Template
    /// After `right` when hints were taken: ` (0.5 points with a hint)`.
    public let withHints: Template
    public let oneHint: String
    public let twoHints: String
    /// ` (0.5 points)` after `right` in plain mode.
    public let pointsAfterRight: Template
    public let wrong: Template
    public let resultsKept: String
    public let onePoint: String
    /// `2.5 points`.
    public let points: Template
    /// `Score: 2 points of 3 · 2 of 3 answered right · best streak 2`.
    public let score: Template
    public let tableHeader: [String]
    /// A topic's right answers: `2 of 3`.
    public let rightOf: Template

    /// Plain mode.
    public let plainHeading: Template
    public let plainQuestion: Template
    public let plainPrompt: String
    public let endOfInput: String
    public let noMoreHints: String
    public let solutionHeading: String

    /// Keys.
    public let submitHelp: String
    public let hintHelp: String
    public let leaveKeepingHelp: String
    public let solutionKeysHelp: String
    public let nextQuestionHelp: String
    public let leaveHelp: String
    public let leaveKeys: String
    public let answerWord: String
    public let hintWord: String
    public let leaveWord: String
    public let solutionWord: String
    public let nextWord: String
}
