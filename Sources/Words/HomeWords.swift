/// The words of the home screen: the list of lessons with each one's state, the explorer and
/// the quiz, and its keys.
public struct HomeWords: Catalogue {
    public let title: String
    public let lessonsHeading: String
    /// `4 of 12 done`.
    public let doneCount: Template
    public let exploreEntry: String
    public let quizEntry: String
    public let exploreSummary: String
    public let quizSummary: String
    public let noLessons: String
    public let done: String
    public let startHere: String
    /// Before the step of the lesson to continue: `▶ continue, step 3 of 8`.
    public let continuePrefix: String
    public let new: String
    public let openHelp: String
    /// What ↑ ↓ do, in the help and the footer.
    public let choose: String
    public let openWord: String
}
