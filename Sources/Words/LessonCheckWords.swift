/// The words of the lesson check: what is wrong with a lesson file, its graph, its passes, its
/// placeholders and its numbers, and where a translation differs from the course.
public struct LessonCheckWords: Catalogue {
    public let emptyFile: String
    public let notYAML: Template
    public let invalidYAML: Template
    public let duplicateKeys: Template
    public let stepsList: String
    /// What must be a mapping: `{0}` one of `theLesson`, `aStep`, or a key in quotes.
    public let notAMapping: Template
    public let theLesson: String
    public let aStep: String
    public let unknownKey: Template
    public let missingKey: Template
    public let mustBeText: Template
    public let mustBeNames: Template
    public let mustBeBool: Template
    public let outputWithoutGraph: String
    public let stepValue: String
    public let stepNeedsPass: String
    public let viewValue: Template
    public let unknownPass: Template
    public let descendRate: String
    public let descendSteps: String
    public let parametersList: String

    public let cannotEvaluate: Template
    public let descendNotAnInput: Template
    public let selectMissing: Template
    /// `{0}` is `column` or nothing, `{1}` the problem.
    public let graphProblem: Template
    public let column: Template
    public let predictNeedsPass: String
    public let passNodeMissing: Template
    public let passStartNotAnInput: Template
    public let noPath: Template
    public let stepBeyondPass: Template
    public let predictAllShown: Template
    /// A pass an array graph does not play: `{0}` the pass as written.
    public let passOnArrays: Template
    public let predictOnArrays: String
    public let unclosedPlaceholder: String
    public let unknownPlaceholder: Template
    public let placeholderProblem: Template
    public let literalDiffers: Template

    public let unknownNode: Template
    public let noEdge: Template
    public let noDescent: String
    /// `{0}` is an array's shape, `2×3`.
    public let notOneNumber: Template
    /// `{0}` is the entry as written (`W[3,1]`), `{1}` the array's shape.
    public let noEntry: Template

    public let notInCourse: Template
    public let stepCountDiffers: Template
    public let stepDiffers: Template
    public let missingFromEdition: Template
}
