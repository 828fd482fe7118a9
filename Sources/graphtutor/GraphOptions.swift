import ArgumentParser
import Foundation
import GraphEngine
import Reports
import TerminalUI
import TextCanvas
import Words

/// The point to evaluate a graph at and the outputs to differentiate, shared by the subcommands.
struct GraphOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CommandHelpWords.current.at, valueName: "VALUES"))
    var at: String?

    @Option(help: ArgumentHelp(CommandHelpWords.current.output, valueName: "NAMES"))
    var output: String?

    /// A graph as the user gave it: its text, and the file it came from, if any.
    struct Source {
        let text: String
        let file: String?

        /// `error` as people read it: where, what, the source line and a caret.
        func failure(_ error: GraphError) -> Failure { Failure(ErrorReport.render(error, source: text, file: file)) }
    }

    /// The graph text of `expression`: the text itself, `-` for standard input, `@FILE` for a
    /// file; see `TextInput` for what can be read and the limit on its size.
    static func read(_ expression: String) throws -> Source {
        if expression == "-" { return Source(text: try text(TextInput.readStandardInput()), file: "<stdin>") }
        guard expression.hasPrefix("@") else { return Source(text: expression, file: nil) }
        let path = String(expression.dropFirst())
        return Source(text: try text(TextInput.read(path: path)), file: path)
    }

    private static func text(_ read: Result<String, IOFailure>) throws -> String {
        do {
            return try read.get()
        } catch {
            throw Failure.error(error.message)
        }
    }

    /// The `--at` values by name, each a number or an array.
    func values() throws -> [String: ArrayValue] { try InputValues.parse(at ?? "") }

    /// The `--output` names, if given.
    func outputs() throws -> [String]? { try output.map { try Self.names($0, option: "--output") } }

    /// Refuses an `--output` that names nothing or a name twice, as a usage error.
    func validate() throws {
        if let output { _ = try Self.names(output, option: "--output") }
    }

    /// The names in a comma-separated option value; naming nothing (`--output ""`, `a,,b`) or a
    /// name twice is a usage error, thrown as `ValidationError`.
    static func names(_ list: String, option: String) throws -> [String] {
        let names = list.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if names.contains("") {
            throw ValidationError(CommandWords.current.namesSeparated(option, list.escapingControlCharacters))
        }
        if let twice = names.indices.first(where: { names[..<$0].contains(names[$0]) }) {
            throw ValidationError(CommandWords.current.namedTwice(option, names[twice].escapingControlCharacters))
        }
        return names
    }
}
