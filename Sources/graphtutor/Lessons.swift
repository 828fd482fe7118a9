import ArgumentParser
import Words

/// `graphtutor lessons`: commands about the course's lesson files.
struct Lessons: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: CommandHelpWords.current.lessonsAbstract, subcommands: [LessonsCheck.self])
    }

    @OptionGroup var language: LanguageOptions
}
