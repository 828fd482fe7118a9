import ArgumentParser
import Foundation
import GraphEngine
import Tutor

/// `graphtutor eval`: every number of a graph, as tables, JSON, DOT or a pass's steps.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate a graph and show its derivatives by paths, forward mode, reverse mode and numerically.",
        discussion: """
            Examples:
              graphtutor eval "c = a + b; d = b + 1; e = c * d" --at a=2,b=1
              graphtutor eval @net.txt --json
              graphtutor eval "y = sigmoid(w * x)" --at w=0.5,x=2 --trace reverse
            """
    )

    @Argument(help: ArgumentHelp(
        "The graph, as text such as 'c = a + b; d = b + 1; e = c * d'; '-' reads standard input, '@FILE' reads a file.",
        valueName: "EXPR"))
    var expression: String

    @OptionGroup var graph: GraphOptions

    @Option(help: ArgumentHelp("Take derivatives with respect to these inputs only, separated by commas (default: all inputs).", valueName: "INPUTS"))
    var wrt: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: ArgumentHelp("Print the steps of one pass: \(Pass.Name.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "PASS"))
    var trace: Pass.Name?

    @Flag(help: "Print the graph in Graphviz DOT, with values and partials.")
    var dot = false

    @Option(help: ArgumentHelp(
        "Also take one gradient-descent step with this learning rate: the output is the loss, the --wrt inputs (default: all) the parameters.",
        valueName: "RATE"))
    var learningRate: Double?

    mutating func run() throws {
        try reportingFailures {
            let evaluation = try graph.evaluate(GraphOptions.read(expression))
            let analysis = Analysis(evaluation, inputs: try chosenInputs(evaluation.graph))
            evaluation.warnings.forEach(printError)
            if dot {
                print(DotReport.render(evaluation), terminator: "")
            } else if let trace {
                let steps = Pass.Kind.all(trace, inputs: analysis.inputs, outputs: analysis.outputs).flatMap { Pass($0, evaluation).steps }
                print(steps.isEmpty ? "no steps: \(evaluation.graph.inputsPhrase)" : steps.map { Caption.text($0, evaluation) }.joined(separator: "\n"))
            } else if json {
                print(JSONReport.render(analysis), terminator: "")
            } else {
                print(TextReport.render(analysis), terminator: "")
            }
            if let learningRate, !json, !dot, trace == nil {
                let step = GradientDescentStep(evaluation, loss: analysis.outputs[0], parameters: analysis.inputs, learningRate: learningRate)
                print("\n" + TextReport.gradientStep(step))
            }
        }
    }

    /// The inputs named by `--wrt`, or every input.
    private func chosenInputs(_ graph: Graph) throws -> [Int] {
        guard let wrt else { return graph.inputs }
        return try GraphOptions.names(wrt, option: "--wrt").map { name in
            guard let node = graph.index(of: name), graph.operations[node] == .input else {
                throw Failure("error: --wrt: '\(name)' is not an input; \(graph.inputsPhrase)")
            }
            return node
        }
    }
}

extension Pass.Name: ExpressibleByArgument {}
