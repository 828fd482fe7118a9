import GraphEngine
import Reports
import Words

extension Eval {
    /// The report of an array graph: its tables, or `--json`. `--dot`, `--trace` and
    /// `--learning-rate` work on scalar graphs only, and say so.
    func report(_ evaluation: BlockEvaluation) throws {
        let scalarOnly = [dot ? "--dot" : nil, trace == nil ? nil : "--trace", learningRate == nil ? nil : "--learning-rate"].compactMap { $0 }
        if let option = scalarOnly.first {
            throw Failure.error(CommandWords.current.scalarOnlyOption(option))
        }
        let graph = evaluation.graph
        let inputs = try chosenInputs(graph.inputs, names: graph.inputNames) { name in
            graph.index(of: name).flatMap { graph.nodes[$0].operation == .input ? $0 : nil }
        }
        let analysis = BlockAnalysis(evaluation, inputs: inputs)
        for node in evaluation.nonFinite { printError(ArrayTextReport.warning(node, evaluation)) }
        if json {
            writeReport { ArrayJSONReport.write(analysis, to: &$0) }
        } else {
            writeReport { ArrayTextReport.write(analysis, to: &$0) }
        }
    }
}
