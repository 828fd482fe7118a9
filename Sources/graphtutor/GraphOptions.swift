import ArgumentParser
import Foundation
import GraphEngine

/// The graph to work on and the point to evaluate it at, shared by the subcommands.
struct GraphOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "The graph, as text such as 'c = a + b; d = b + 1; e = c * d'; '-' reads standard input, '@FILE' reads a file.",
        valueName: "EXPR"))
    var expression: String

    @Option(help: ArgumentHelp("Input values, as NAME=NUMBER separated by commas: --at a=2,b=1.", valueName: "VALUES"))
    var at: String?

    @Option(help: ArgumentHelp("The output node or nodes, separated by commas (default: the last assigned name).", valueName: "NAMES"))
    var output: String?

    /// The graph, parsed and evaluated; every problem is reported on standard error as
    /// `error: WHERE: WHAT` with the source line and a caret, and ends the program with status 2.
    func load() throws -> Evaluation {
        let (source, file) = try readSource()
        let inputs = try InputValues.parse(at ?? "")
        let outputs = try output.map { try Self.names($0, option: "--output") }
        do {
            return try Evaluation(Graph(parsing: source, outputs: outputs), inputs: inputs)
        } catch {
            throw Failure(error.rendered(source: source, file: file))
        }
    }

    /// The text of the graph and the file it came from, if any.
    func readSource() throws -> (String, String?) {
        if expression == "-" {
            var lines: [String] = []
            while let line = readLine(strippingNewline: false) { lines.append(line) }
            return (lines.joined(), "<stdin>")
        }
        guard expression.hasPrefix("@") else { return (expression, nil) }
        let path = String(expression.dropFirst())
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Failure("error: cannot read the graph file '\(path)': \(FileManager.default.fileExists(atPath: path) ? "not readable UTF-8 text" : "no such file")")
        }
        return (text, path)
    }

    /// The names in a comma-separated option value; a name given twice is an error.
    static func names(_ list: String, option: String) throws -> [String] {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if let twice = names.indices.first(where: { names[..<$0].contains(names[$0]) }) {
            throw Failure("error: \(option): '\(names[twice])' is named twice")
        }
        return names
    }
}

/// A problem already explained in `message`: printed on standard error, exit status 2.
struct Failure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Runs a subcommand's body, turning a `Failure` into its message on standard error and
/// exit status 2, so no stack trace ever reaches the user.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        throw ExitCode(2)
    }
}
