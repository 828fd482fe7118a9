import ArgumentParser
import Foundation
import GraphEngine
import Reports
import TextCanvas
import Tutor
import Words

/// `graphtutor eval`: every number of a graph, as tables, JSON, DOT or a pass's steps.
struct Eval: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: CommandHelpWords.current.evalAbstract, discussion: CommandHelpWords.current.evalDiscussion)
    }

    @Argument(help: ArgumentHelp(CommandHelpWords.current.evalExpression, valueName: "EXPR"))
    var expression: String

    @OptionGroup var graph: GraphOptions

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp(CommandHelpWords.current.wrt, valueName: "INPUTS"))
    var wrt: String?

    @Flag(help: ArgumentHelp(CommandHelpWords.current.json))
    var json = false

    @Flag(help: ArgumentHelp(CommandHelpWords.current.tangents))
    var tangents = false

    @Option(help: ArgumentHelp(CommandHelpWords.current.trace(Pass.Name.allCases.map(\.rawValue).joined(separator: ", ")), valueName: "PASS"))
    var trace: Pass.Name?

    @Flag(help: ArgumentHelp(CommandHelpWords.current.dot))
    var dot = false

    // Unconditional, so that a negative rate can be written `--learning-rate -1`: the
    // default strategy would take `-1` for an option.
    @Option(parsing: .unconditional, help: ArgumentHelp(CommandHelpWords.current.learningRate, valueName: "RATE"))
    var learningRate: Double?

    /// `--json`, `--dot` and `--trace` each replace the tables, so at most one may be given, and
    /// none with `--learning-rate`, whose step follows the tables; `--wrt` names each input once.
    func validate() throws {
        let words = CommandWords.current
        if let wrt { _ = try GraphOptions.names(wrt, option: "--wrt") }
        let reports = [json ? "--json" : nil, dot ? "--dot" : nil, trace == nil ? nil : "--trace"].compactMap { $0 }
        if reports.count > 1 {
            let given = reports.dropLast().joined(separator: ", ") + words.and + reports.last!
            throw ValidationError(words.onlyOneReport(given))
        }
        if let learningRate {
            guard learningRate.isFinite else {
                throw ValidationError(words.rateNotFinite(learningRate))
            }
            if let report = reports.first {
                throw ValidationError(words.rateWithReport(report))
            }
        }
    }

    @Flag(help: ArgumentHelp(CommandHelpWords.current.expandAffine))
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
                print(steps.isEmpty ? ReportWords.current.noSteps(ProblemWording.inputsPhrase(evaluation.graph.inputNames)) : steps.map { Caption.text($0, evaluation) }.joined(separator: "\n"))
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
        try chosenInputs(graph.inputs, names: graph.inputNames) { name in
            graph.index(of: name).flatMap { graph.operations[$0] == .input ? $0 : nil }
        }
    }

    /// The inputs named by `--wrt`, each found by `input` (nil for a name that is not an
    /// input); all of `inputs` without it. `names` are the inputs' names, for the error.
    func chosenInputs(_ inputs: [Int], names: @autoclosure () -> [String], input: (String) -> Int?) throws -> [Int] {
        guard let wrt else { return inputs }
        return try GraphOptions.names(wrt, option: "--wrt").map { name in
            guard let node = input(name) else {
                let message = CommandWords.current.wrtNotAnInput(name.escapingControlCharacters, ProblemWording.inputsPhrase(names()))
                throw Failure.error(message)
            }
            return node
        }
    }
}

extension Pass.Name: ExpressibleByArgument {}
