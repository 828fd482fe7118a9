/// The words about a learner's progress: the store's warnings and errors, and what
/// `graphtutor progress` reports and asks.
public struct ProgressWords: Catalogue {
    /// `{0}` the file, `{1}` the system's reason.
    public let cannotRead: Template
    public let showingNoProgress: Template
    public let cannotMakeDirectory: Template
    public let setAside: Template
    public let writtenByNewer: Template
    public let notValid: String
    public let cannotOpen: Template
    public let cannotLock: Template
    public let cannotMoveAside: Template
    public let cannotCreate: Template
    public let cannotWrite: Template
    public let cannotReplace: Template

    public let lessonColumn: String
    public let progressColumn: String
    public let done: String
    public let stepOf: Template
    public let new: String
    public let doneCount: Template
    public let quizzesSummary: Template
    public let lessonNumbered: Template
    public let lessonWithID: Template
    public let lessonID: Template
    public let everything: String
    public let confirm: Template
    public let nothingReset: String
    public let cleared: Template
    public let lessonsLeftOut: Template
    public let resetNeedsTerminal: String
    public let noLessonNumbered: Template
    public let noLessonCalled: Template
    public let lessonNeedsReset: Template
    public let yesNeedsReset: String
    public let notSaved: Template
}
