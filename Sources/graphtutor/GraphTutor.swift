import ArgumentParser
import GraphEngine

@main
struct GraphTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphtutor",
        abstract: "Watch backpropagation happen on computational graphs.",
        discussion: """
            With no subcommand, opens the home screen: the lessons, your progress, the \
            explorer and the quiz.
            """,
        subcommands: [Home.self, LessonCommand.self, QuizCommand.self, Explore.self, Eval.self, Lessons.self, ProgressCommand.self],
        defaultSubcommand: Home.self
    )

    /// The source material's example graph and the point it is evaluated at.
    static let exampleGraph = "c = a + b; d = b + 1; e = c * d"
    static let exampleInputs = "a=2,b=1"
}
