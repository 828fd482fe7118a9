/// The words of the quiz: what each topic asks, the questions, their hints and worked
/// solutions, and why typed text is no answer.
public struct QuizWords: Catalogue {
    public let topicValue: String
    public let topicPartial: String
    public let topicDerivative: String
    public let topicAdjoint: String
    public let topicTangent: String
    public let topicPaths: String
    public let topicCost: String
    public let topicDescent: String
    public let topicLayer: String
    public let topicArrays: String
    public let topicLesson: String
    /// Each topic's name in the table of results, in `QuizTopic`'s order (English: the `--topic` names).
    public let topicNames: [String]
    /// `{0}` the name given, `{1}` the topics.
    public let unknownTopic: Template
    /// Between the names, routes and counts a question lists.
    public let listSeparator: String

    public let answerWithLetter: Template
    public let typeANumber: String
    public let notFinite: Template
    public let notANumber: Template
    public let namesWithoutValue: Template
    public let evaluatesToNonFinite: Template
    public let answeredAlready: String

    public let valuePrompt: Template
    public let partialPrompt: Template
    public let sumRule: String
    public let differenceFirstRule: String
    public let differenceSecondRule: String
    public let productRule: String
    public let otherRule: String

    public let derivativePrompt: Template
    public let derivativeHint: Template
    public let pathsPrompt: Template
    public let pathsAnswer: Template
    public let pathsHint: Template
    public let pathsDirect: Template
    public let pathsSoFar: Template
    public let pathCount: Template

    public let adjointPrompt: Template
    public let tangentPrompt: Template
    public let sharesHint: Template

    public let reverseClaim: Template
    public let forwardClaim: Template
    public let costPrompt: Template
    public let costHint: String
    public let costHere: Template
    public let forwardCost: Template
    public let reverseCost: Template
    public let reverseIsCheaper: String
    public let forwardIsCheaper: String

    public let squaredErrorLoss: String
    public let outputLoss: Template
    public let descentPrompt: Template
    public let newValue: Template
    public let gradientFirst: Template
    public let gradientThenStep: Template

    public let addLayer: String
    public let multiplyLayer: String
    public let reluLayer: String
    public let sigmoidLayer: String
    public let addRemembers: Template
    public let multiplyRemembers: Template
    public let reluRemembers: Template
    public let sigmoidRemembers: Template
    public let addRule: String
    public let multiplyRule: String
    public let reluRule: String
    public let sigmoidRule: String
    public let layerPrompt: Template

    /// `{0}` X, `{1}` W, `{2}` dL/dY, `{3}` and `{4}` the entry's row and column.
    public let weightEntryPrompt: Template
    public let inputEntryPrompt: Template
    /// `{0}` X, `{1}` W, `{2}` b, `{3}` dL/dY, `{4}` the entry.
    public let biasEntryPrompt: Template
    /// `{0}` Z, `{1}` dL/dH, `{2}` and `{3}` the entry's row and column.
    public let maskEntryPrompt: Template
    public let weightEntryRule: String
    public let inputEntryRule: String
    public let biasEntryRule: String
    public let maskEntryRule: String
    /// `{0}` the entry of Z, `{1}` its value.
    public let maskSet: Template
    public let maskClear: Template

    public let lessonShown: Template
    public let lessonPrompt: Template

    public let seedHint: String
    public let selfDerivativeHint: String
    public let pathProductHint: Template
    public let pathSumHint: String
    public let readTheNumbers: String
}
