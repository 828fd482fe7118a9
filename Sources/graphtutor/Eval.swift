import ArgumentParser
import Foundation
import GraphEngine
import Reports
import TextCanvas
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

    @Flag(help: "With --json and every input, give every node's tangent from each input, not only the outputs' (inputs × nodes numbers; --wrt always gives them).")
    var tangents = false

    @Option(help: ArgumentHelp("Print the steps of one pass: \(Pass.Name.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "PASS"))
    var trace: Pass.Name?

    @Flag(help: "Print the graph in Graphviz DOT, with values and partials.")
    var dot = false

    // Unconditional, so that a negative rate can be written `--learning-rate -1`: the
    // default strategy would take `-1` for an option.
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Also take one gradient-descent step with this learning rate, after the tables: the output is the loss, the --wrt inputs (default: all) the parameters.",
        valueName: "RATE"))
    var learningRate: Double?

    /// `--json`, `--dot` and `--trace` each replace the tables, so at most one may be given, and
    /// none with `--learning-rate`, whose step follows the tables; `--wrt` names each input once.
    func validate() throws {
        if let wrt { _ = try GraphOptions.names(wrt, option: "--wrt") }
        let reports = [json ? "--json" : nil, dot ? "--dot" : nil, trace == nil ? nil : "--trace"].compactMap { $0 }
        if reports.count > 1 {
            let given = reports.dropLast().joined(separator: ", ") + " and " + reports.last!
            throw ValidationError("give only one of --json, --dot and --trace: each prints a report of its own (got \(given))")
        }
        if let learningRate {
            guard learningRate.isFinite else {
                throw ValidationError("--learning-rate must be a finite number, such as 0.1 or -1 (got \(learningRate))")
            }
            if let report = reports.first {
                throw ValidationError("--learning-rate cannot go with \(report): its step follows the tables, which \(report) replaces; drop one of them")
            }
        }
    }

    @Flag(help: "In an array graph, build each affine(x, W, b) as its parts: x @ W, b repeated to every row, and their sum.")
    var expandAffine = false

    mutating func run() throws {
        try reportingFailures {
            let evaluated = try graph.evaluateAny(GraphOptions.read(expression), expandingAffine: expandAffine)
            guard case .scalar(let evaluation) = evaluated else {
                if case .blocks(let evaluation) = evaluated { try report(evaluation) }
                return
            }
            let analysis = Analysis(evaluation, inputs: try chosenInputs(evaluation.graph))
            printWarnings(evaluation)
            if dot {
                print(DotReport.render(evaluation), terminator: "")
            } else if let trace {
                let steps = Pass.Kind.all(trace, inputs: analysis.inputs, outputs: analysis.outputs).flatMap { Pass($0, evaluation).steps }
                print(steps.isEmpty ? "no steps: \(ProblemWording.inputsPhrase(evaluation.graph.inputNames))" : steps.map { Caption.text($0, evaluation) }.joined(separator: "\n"))
            } else if json {
                writeReport { JSONReport.write(analysis, tangents: tangents || wrt != nil, to: &$0) }
            } else {
                writeReport { TextReport.write(analysis, to: &$0) }
            }
            if let learningRate {
                let step = GradientDescentStep(evaluation, loss: analysis.outputs[0], parameters: analysis.inputs, learningRate: learningRate)
                print("\n" + GradientStepReport.render(step))
            }
        }
    }

    /// A report written to standard output as it is made, in chunks, rather than built whole
    /// first; what `print` has buffered goes out before it. A write that fails is an error.
    func writeReport(_ write: (inout ReportOutput) -> Void) {
        fflush(nil)
        var output = ReportOutput { bytes in StandardStreams.writeOutput(UnsafeRawBufferPointer(bytes)) }
        write(&output)
        output.flush()
    }

    /// The inputs named by `--wrt`, or every input.
    private func chosenInputs(_ graph: Graph) throws -> [Int] {
        try chosenInputs(graph.inputs, names: graph.inputNames)
    }

    /// The inputs named by `--wrt` among `inputs`, whose names are `names`; all of them without it.
    func chosenInputs(_ inputs: [Int], names: [String]) throws -> [Int] {
        guard let wrt else { return inputs }
        return try GraphOptions.names(wrt, option: "--wrt").map { name in
            guard let place = names.firstIndex(of: name) else {
                throw Failure("error: --wrt: '\(name.escapingControlCharacters)' is not an input; \(ProblemWording.inputsPhrase(names))")
            }
            return inputs[place]
        }
    }
}

extension Pass.Name: ExpressibleByArgument {}
