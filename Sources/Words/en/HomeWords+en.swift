extension HomeWords {
    public static let en = HomeWords(
        title: "learn backpropagation by watching it",
        lessonsHeading: "Lessons",
        doneCount: "{0} of {1} done",
        exploreEntry: "explore any graph you type",
        quizEntry: "take a quiz",
        exploreSummary: "the explorer: type a graph, step through every pass, predict, take gradient steps",
        quizSummary: "fresh questions on the course's ideas, graded, with worked solutions; more of your weakest topics",
        noLessons: "no lessons could be loaded",
        done: "✓ done",
        startHere: "▶ start here",
        continuePrefix: "▶ continue, ",
        new: "new",
        openHelp: "open (1–9 choose a lesson by its number)",
        choose: "choose",
        openWord: "open"
    )
}
