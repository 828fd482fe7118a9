import ArgumentParser
import Foundation
import GraphEngine
import Reports
import TerminalUI

/// The point to evaluate a graph at and the outputs to differentiate, shared by the subcommands.
struct GraphOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Input values, as NAME=NUMBER separated by commas: --at a=2,b=1.", valueName: "VALUES"))
    var at: String?

    @Option(help: ArgumentHelp(
        "The output node or nodes, separated by commas (default: the last name assigned a computation).",
        valueName: "NAMES"))
    var output: String?

    /// A graph as the user gave it: its text, and the file it came from, if any.
    struct Source {
        let text: String
        let file: String?

        /// `error` as people read it: where, what, the source line and a caret.
        func failure(_ error: GraphError) -> Failure { Failure(ErrorReport.render(error, source: text, file: file)) }
    }

    /// The graph text of `expression`: the text itself, `-` for standard input, `@FILE` for a file.
    static func read(_ expression: String) throws -> Source {
        if expression == "-" {
            guard let text = readStandardInput(limit: Graph.maximumTextBytes) else {
                throw Failure("error: <stdin>: the graph text is over \(Graph.maximumTextBytes >> 20) MB, the most it may be; stopped reading there")
            }
            return Source(text: text, file: "<stdin>")
        }
        guard expression.hasPrefix("@") else { return Source(text: expression, file: nil) }
        let path = String(expression.dropFirst())
        do {
            return Source(text: try readFile(path).get(), file: path)
        } catch {
            throw Failure("error: \(error.message)")
        }
    }

    /// Standard input, read in 64 KB chunks up to `limit` bytes; nil if there is more.
    static func readStandardInput(limit: Int) -> String? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = Foundation.read(0, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[..<count]
            if bytes.count > limit { return nil }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of the graph file at `path`, or why it cannot be read.
    static func readFile(_ path: String) -> Result<String, IOFailure> {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "not readable UTF-8 text" : "no such file"
            return .failure(IOFailure("cannot read the graph file '\(path)': \(reason)"))
        }
        return .success(text)
    }

    /// The `--at` values by name.
    func inputs() throws -> [String: Double] { try InputValues.parse(at ?? "") }

    /// The `--output` names, if given.
    func outputs() throws -> [String]? { try output.map { try Self.names($0, option: "--output") } }

    /// The graph of `source`, parsed and evaluated; every problem is a `Failure` that says
    /// where and what, as `error: WHERE: WHAT` with the source line and a caret.
    func evaluate(_ source: Source) throws -> Evaluation {
        let (inputs, outputs) = (try inputs(), try outputs())
        do {
            return try Evaluation(Graph(parsing: source.text, outputs: outputs), inputs: inputs)
        } catch {
            throw source.failure(error)
        }
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
