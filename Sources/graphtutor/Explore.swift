import ArgumentParser
import Foundation
import GraphEngine
import Reports
import Terminal
import TerminalUI
import TextCanvas
import Words

/// `graphtutor explore`: the keyboard-driven explorer, full screen.
struct Explore: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: CommandHelpWords.current.exploreAbstract, discussion: CommandHelpWords.current.exploreDiscussion)
    }

    @Argument(help: ArgumentHelp(CommandHelpWords.current.exploreExpression, valueName: "EXPR"))
    var expression: String?

    @OptionGroup var graph: GraphOptions

    @OptionGroup var language: LanguageOptions

    @Flag(help: ArgumentHelp(CommandHelpWords.current.ascii))
    var ascii = false

    mutating func run() throws {
        try reportingFailures {
            let source = try GraphOptions.read(expression ?? GraphTutor.exampleGraph)
            if expression == nil && graph.at == nil { graph.at = GraphTutor.exampleInputs }
            guard let display = fullScreenOptions(ascii: ascii) else {
                let evaluation = try graph.evaluate(source)
                printWarnings(evaluation)
                print(TextReport.render(Analysis(evaluation)), terminator: "")
                return
            }
            let (inputs, outputs) = (try graph.inputs(), try graph.outputs())
            let app: App
            do {
                app = App(.explorer(try ExplorerState(source: source.text, inputs: inputs, outputs: outputs, notation: display.notation)), options: display)
            } catch let error as GraphError {
                throw source.failure(error)
            }
            try runFullScreen(app, display: display)
        }
    }
}
