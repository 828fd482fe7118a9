import ArgumentParser
import GraphEngine
import Words

@main
struct GraphTutor: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "graphtutor",
            abstract: CommandHelpWords.current.graphtutorAbstract,
            discussion: CommandHelpWords.current.graphtutorDiscussion,
            subcommands: [Home.self, LessonCommand.self, QuizCommand.self, Explore.self, Eval.self, Lessons.self, ProgressCommand.self],
            defaultSubcommand: Home.self
        )
    }

    /// The source material's example graph and the point it is evaluated at.
    static let exampleGraph = "c = a + b; d = b + 1; e = c * d"
    static let exampleInputs = "a=2,b=1"
}
