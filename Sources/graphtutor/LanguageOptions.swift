import ArgumentParser
import Words

/// `--lang en|zh`, which every subcommand takes. The language is decided once, from the command
/// line itself before it is parsed (`language(arguments:environment:)`), so that the help and
/// the parser's own errors are in it too; this group documents the option and refuses a
/// language there is none of.
struct LanguageOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CommandHelpWords.current.lang, valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError(CommandWords.current.langValue(lang)) }
    }

    /// The language `arguments` ask for (`--lang zh` or `--lang=zh`, before any `--`), else
    /// the one the locale of `environment` asks for (`Language.preferred(by:)`).
    static func language(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            let value = argument.hasPrefix("--lang=")
                ? String(argument.dropFirst("--lang=".count))
                : argument == "--lang" && index + 1 < arguments.count ? arguments[index + 1] : nil
            if let language = value.flatMap(Language.init(rawValue:)) { return language }
        }
        return Language.preferred(by: environment)
    }

    /// `arguments` without a `--lang` that names a language, for `help`, which takes no options:
    /// `graphtutor help eval --lang zh` asks for the help in Chinese.
    static func removingLanguage(from arguments: [String]) -> [String] {
        var rest: [String] = []
        var skip = false
        for (index, argument) in arguments.enumerated() {
            if skip {
                skip = false
            } else if argument == "--lang", index + 1 < arguments.count, Language(rawValue: arguments[index + 1]) != nil {
                skip = true
            } else if !(argument.hasPrefix("--lang=") && Language(rawValue: String(argument.dropFirst("--lang=".count))) != nil) {
                rest.append(argument)
            }
        }
        return rest
    }
}
