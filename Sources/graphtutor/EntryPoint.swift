import ArgumentParser
import Foundation
import Terminal
import Words

extension GraphTutor {
    /// The program: decides the language from `--lang` or the locale, then, speaking it,
    /// prepares the standard streams and the signal handlers, parses the command line and runs
    /// the subcommand as `ParsableCommand.main()` would, except that every message that is not
    /// help goes through `printError`, so that nothing the user typed reaches standard error raw
    /// (swift-argument-parser quotes unknown options and invalid values as given), and the
    /// parser's own words are translated.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = LanguageOptions.language(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        // `help` and the program's own `--help` take no `--lang`: it is taken out for them, so
        // that `graphtutor --help --lang zh` is the program's help, not the home screen's.
        let rest = LanguageOptions.removingLanguage(from: arguments)
        let forHelp = rest.first == "help" || rest == ["--help"] || rest == ["-h"]
        Words.$language.withValue(language) { run(forHelp ? rest : arguments) }
    }

    private static func run(_ arguments: [String]) {
        StandardStreams.prepare()
        // The crash line is made now: a signal handler cannot build strings.
        let words = CommandWords.current
        SignalHandlers.install(crashReport: { signal in words.crashed(signal, words.bugReports) })
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let status = exitCode(for: error)
            var message = ArgumentParserWords.replacing(in: fullMessage(for: error))
            if Words.language != .en { message = HelpWrapping.rewrapped(message) }
            if !message.isEmpty {
                if status == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(status.rawValue)
        }
    }
}
