/// The words around a lesson, on the screen and in plain text: its title and step, its keys,
/// the loss plot, and the facts plain mode writes under each step.
public struct LessonScreenWords: Catalogue {
    /// `Lesson 4 · ` before the title.
    public let lessonNumber: Template
    /// `step 3 of 8`, in the title and on the home screen.
    public let stepOf: Template
    public let lessonDone: String
    public let moreBelow: String
    public let scrollHelp: String
    public let exploreHelp: String
    public let homeHelp: String
    /// The lesson footer's key for the next step.
    public let spaceHint: String
    public let nextWord: String
    public let backWord: String
    public let exploreWord: String
    public let lessonsWord: String
    /// Over the loss plot: `E after each step (10 in all)`.
    public let plotTitle: Template

    /// Plain mode: the list of lessons and those left out.
    public let contentsHeading: String
    public let lessonsLeftOut: Template
    /// `Gradient descent: 10 steps with learning rate 0.1 on w1, w2.`
    public let descent: Template
    public let everyInput: String
    /// `reverse mode from e: 3 of 6 steps shown.`
    public let passShown: Template
    public let latest: Template
    public let predict: Template
    public let answer: Template
    public let losses: Template
    /// How a list is joined: `w1, w2`.
    public let listSeparator: String
}
