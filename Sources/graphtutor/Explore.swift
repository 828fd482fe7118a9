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
            let evaluated = try graph.evaluateAny(source, expandingAffine: false)
            guard let display = fullScreenOptions(ascii: ascii) else { return printReport(evaluated) }
            let screen: App.Screen
            switch evaluated {
            case .scalar(let evaluation):
                let inputs = try graph.values().mapValues { $0.entries[0] }
                screen = .explorer(ExplorerState(evaluation, source: source.text, inputs: inputs, notation: display.notation))
            case .blocks(let evaluation):
                screen = .arrayExplorer(ArrayExplorerState(evaluation, source: source.text, notation: display.notation))
            }
            try runFullScreen(App(screen, options: display), display: display)
        }
    }

    /// What `eval` prints, for when standard output is not a terminal.
    private func printReport(_ evaluated: EvaluatedGraph) {
        switch evaluated {
        case .scalar(let evaluation):
            printWarnings(evaluation)
            print(TextReport.render(Analysis(evaluation)), terminator: "")
        case .blocks(let evaluation):
            for node in evaluation.nonFinite { printError(ArrayTextReport.warning(node, evaluation)) }
            print(ArrayTextReport.render(BlockAnalysis(evaluation)), terminator: "")
        }
    }
}
