import ArgumentParser
import Words

/// `graphtutor lessons`: commands about the course's lesson files.
struct Lessons: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: HelpWords.current.lessonsAbstract, subcommands: [LessonsCheck.self])
    }

    @OptionGroup var language: LanguageOptions
}
