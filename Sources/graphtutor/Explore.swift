import ArgumentParser
import Foundation
import GraphEngine
import Terminal
import TerminalUI

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

    @Option(help: ArgumentHelp("Input values, as NAME=NUMBER separated by commas: --at a=2,b=1.", valueName: "VALUES"))
    var at: String?

    @Flag(help: "Draw with ASCII characters only (automatic under a non-UTF-8 locale).")
    var ascii = false

    mutating func run() throws {
        try reportingFailures {
            let values = at ?? (expression == nil ? GraphTutor.exampleInputs : nil)
            let options = try GraphOptions.parse([expression ?? GraphTutor.exampleGraph] + (values.map { ["--at", $0] } ?? []))
            var display: DisplayOptions
            do {
                display = try TerminalSupport.check()
                display.ascii = display.ascii || ascii
            } catch {
                print(TextReport.render(Analysis(try options.load())), terminator: "")
                return
            }
            let (source, file) = try options.readSource()
            let inputs = try InputValues.parse(options.at ?? "")
            var state: ExplorerState
            do {
                state = try ExplorerState(
                    source: source, inputs: inputs, options: display)
            } catch let error as GraphError {
                throw Failure(error.rendered(source: source, file: file))
            }
            do {
                try TerminalScreen.run(&state, options: display, update: { $0.update($1) }, render: { $0.render(width: $1, height: $2) })
            } catch {
                throw Failure("error: \(error)")
            }
        }
    }
}
