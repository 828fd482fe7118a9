import ArgumentParser
import Foundation
import GraphEngine
import Reports
import Terminal
import TerminalUI
import TextCanvas

/// `graphtutor explore`: the keyboard-driven explorer, full screen.
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explore a graph with the keyboard, stepping through every pass.",
        discussion: """
            With no graph, opens the source material's example at a = 2, b = 1. Press ? inside for \
            the keys. When standard output is not a terminal, or TERM is dumb, prints what \
            'graphtutor eval' prints instead.
            """
    )

    @Argument(help: ArgumentHelp(
        "The graph, as text; '-' reads standard input, '@FILE' reads a file (default: the source example).",
        valueName: "EXPR"))
    var expression: String?

    @OptionGroup var graph: GraphOptions

    @Flag(help: "Draw with ASCII characters only (automatic under a non-UTF-8 locale).")
    var ascii = false

    mutating func run() throws {
        try reportingFailures {
            let source = try GraphOptions.read(expression ?? GraphTutor.exampleGraph)
            if expression == nil && graph.at == nil { graph.at = GraphTutor.exampleInputs }
            var display: DisplayOptions
            do {
                display = try TerminalSupport.check()
                display.ascii = display.ascii || ascii
            } catch {
                let evaluation = try graph.evaluate(source)
                printWarnings(evaluation)
                print(TextReport.render(Analysis(evaluation)), terminator: "")
                return
            }
            let (inputs, outputs) = (try graph.inputs(), try graph.outputs())
            var app: App
            do {
                app = App(.explorer(try ExplorerState(source: source.text, inputs: inputs, outputs: outputs, notation: display.ascii ? .words : .marks)), options: display)
            } catch let error as GraphError {
                throw source.failure(error)
            }
            do {
                try TerminalScreen.withConsole(options: display) { console in
                    try AppLoop.run(&app, on: &console, perform: Self.perform)
                }
            } catch {
                throw Failure("error: \(error)")
            }
        }
    }

    /// The I/O the explorer asks for: reading a graph file typed as `@FILE`.
    static func perform(_ command: Command) -> Message? {
        guard case .readGraphFile(let path) = command else { return nil }
        return .fileRead(path: path, TextInput.read(path: path))
    }
}
