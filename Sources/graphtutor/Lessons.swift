import ArgumentParser

/// `graphtutor lessons`: commands about the course's lesson files.
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work on the course's lesson files.",
        subcommands: [LessonsCheck.self]
    )
}
