/// The command line's own messages: usage errors, problems reading a graph or the lessons,
/// the lesson check's summary, and the crash line.
public struct CommandWords: Catalogue {
    public let langValue: Template
    public let onlyOneReport: Template
    /// Between the last two of a list of options.
    public let and: String
    public let rateNotFinite: Template
    public let rateWithReport: Template
    public let wrtNotAnInput: Template
    public let namesSeparated: Template
    public let namedTwice: Template
    public let expectedPair: Template
    public let valueNotFinite: Template
    /// A problem with an array value given with `--at`: `{0}` the problem, `{1}` the pair.
    /// `{0}` an option eval has for scalar graphs only.
    public let scalarOnlyOption: Template
    public let problemInPair: Template
    public let givenTwice: Template
    public let noLessonNumbered: Template
    public let noLessons: String
    public let lessonLeftOut: Template
    public let noSuchFolder: Template
    public let fileNotFolder: Template
    public let cannotReadLessons: Template
    public let noLessonFiles: Template
    public let allPass: Template
    public let someFail: Template
    public let countRange: Template
    public let noPredictions: String
    /// What cannot be read: `{0}` the graph file's path; and standard input.
    public let graphFile: Template
    public let standardInput: String
    public let cannotRead: Template
    public let noSuchFile: String
    public let permissionDenied: String
    public let isADirectory: String
    public let tooLarge: Template
    public let isEmpty: String
    public let notUTF8: String
    public let cannotWriteOutput: String
    public let cannotWriteOutputBecause: Template
    /// `{0}` the signal, `{1}` `bugReports`.
    public let crashed: Template
    public let bugReports: String
}
