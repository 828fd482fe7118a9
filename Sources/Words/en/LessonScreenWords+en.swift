extension LessonScreenWords {
    public static let en = LessonScreenWords(
        lessonNumber: "Lesson {0} · ",
        stepOf: "step {0} of {1}",
        lessonDone: "lesson done · q back to the lessons · ? help",
        moreBelow: "↓ more (↓ scrolls)",
        scrollHelp: "scroll the text",
        exploreHelp: "explore this graph freely; Esc comes back",
        homeHelp: "back to the lessons",
        spaceHint: "space",
        nextWord: "next",
        backWord: "back",
        exploreWord: "explore",
        lessonsWord: "lessons",
        plotTitle: "{0} after each step ({1} in all)",
        contentsHeading: "Lessons",
        lessonsLeftOut: "{0} lesson file(s) left out: they do not pass 'graphtutor lessons check'.",
        descent: "Gradient descent: {0} {0|step|steps} with learning rate {1} on {2}.",
        everyInput: "every input",
        passShown: "{0}: {1} of {2} steps shown.",
        latest: "Latest: {0}",
        predict: "Predict: {0} = ?",
        answer: "(answer: {0})",
        losses: "The loss after each descent step: {0}.",
        listSeparator: ", "
    )
}
