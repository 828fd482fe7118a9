import GraphEngine
import TextCanvas
import Tutor
import Words

/// The `eval` report of an array graph: each node's shape and value, the rule on each edge for
/// both modes with its shapes, and each input's gradient by reverse mode, forward mode and the
/// central difference. Entries are written to 6 significant digits, a matrix a row a line;
/// arrays of more than `fullEntries` entries are summarised.
public enum ArrayTextReport {
    /// The most entries an array has to be written out in full.
    public static let fullEntries = 36

    public static func render(_ analysis: BlockAnalysis) -> String {
        var output = ReportOutput()
        write(analysis, to: &output)
        return output.text
    }

    public static func write(_ analysis: BlockAnalysis, to output: inout ReportOutput) {
        // Each input's gradients for every output at once: forward mode and the central
        // difference take a sweep or two evaluations per entry, whichever output is reported.
        let all = analysis.inputs.indices.map { (analysis.reverseGradient($0), analysis.forwardGradient($0), analysis.numericGradient($0)) }
        let sections = [values(analysis.evaluation), rules(analysis.graph, output: analysis.outputs[0])]
            + analysis.outputs.indices.map { gradients(analysis, all, output: $0) } + [cost(analysis)]
        for (index, (title, table)) in sections.enumerated() {
            if index > 0 { output.write("\n\n") }
            output.write(title + "\n")
            table.write(to: &output)
        }
        output.write("\n")
    }

    /// One row per node (constants left out): name, shape, what it computes, value.
    static func values(_ evaluation: BlockEvaluation) -> (String, TextTable) {
        let graph = evaluation.graph
        let words = ReportWords.current
        var table = TextTable(header: [words.node, ArrayReportWords.current.shape, words.computes, words.value])
        for node in graph.varying {
            let computes = graph.nodes[node].operation == .input ? words.input : graph.formula(of: node)
            add(&table, [graph.nodes[node].name, "\(graph.nodes[node].shape)", computes], [lines(evaluation.value(node))])
        }
        return (words.values, table)
    }

    /// One row per edge: its rule in reverse mode and in forward mode, each with its shapes.
    static func rules(_ graph: BlockGraph, output: Int) -> (String, TextTable) {
        let z = graph.nodes[output].name
        let (words, shapes) = (ReportWords.current, ArrayReportWords.current.shapes)
        var table = TextTable(header: [words.edge, words.reverseMode, shapes, words.forwardMode, shapes])
        for edge in graph.edges {
            let reverse = graph.reverseRule(edge) { Notation.marks.total(z, $0) }
            let forward = graph.forwardRule(edge) { Notation.marks.tangent($0) }
            table.add(["\(graph.nodes[edge.source].name) → \(graph.nodes[edge.target].name)", reverse.formula, reverse.shapes, forward.formula, forward.shapes])
        }
        return (ArrayReportWords.current.rulesTitle(z), table)
    }

    /// For each input, its gradient three ways (from `all`, by input, then by output) and
    /// whether they agree on every entry.
    static func gradients(_ analysis: BlockAnalysis, _ all: [(reverse: [[Double]], forward: [[Double]], numeric: [[Double]])], output o: Int) -> (String, TextTable) {
        let graph = analysis.graph
        let output = graph.nodes[analysis.outputs[o]]
        let (words, arrayWords) = (ReportWords.current, ArrayReportWords.current)
        var table = TextTable(header: ["", arrayWords.shape, words.reverse, words.forward, words.numeric, ""])
        for (i, input) in analysis.inputs.enumerated() {
            let shape = graph.nodes[input].shape
            let (reverse, forward, numeric) = (all[i].reverse[o], all[i].forward[o], all[i].numeric[o])
            let agree = BlockAnalysis.agree(reverse: reverse, forward: forward, numeric: numeric)
            let columns = [reverse, forward, numeric].map { lines(ArrayValue(shape: shape, entries: $0)) }
            add(&table, [Notation.marks.total(output.name, graph.nodes[input].name), "\(shape)"], columns + [[agree ? words.agree : words.differ]])
        }
        let of = output.shape.isScalar ? output.name : arrayWords.sumOfEntries(output.name)
        return (arrayWords.gradientsTitle(of), table)
    }

    /// Sweeps each mode takes: forward mode one per entry of each input, reverse mode one per output.
    static func cost(_ analysis: BlockAnalysis) -> (String, TextTable) {
        let words = ReportWords.current
        var table = TextTable(header: [words.method, words.sweeps, ""])
        table.add([words.forwardMode, "\(analysis.forwardSweeps)", ArrayReportWords.current.onePerEntry])
        table.add([words.reverseMode, "\(analysis.outputs.count)", words.onePerOutput])
        return (ArrayReportWords.current.costTitle(analysis.inputs.count, analysis.forwardSweeps), table)
    }

    /// The warning for `node`, where a value that is not finite first appears.
    public static func warning(_ node: Int, _ evaluation: BlockEvaluation) -> String {
        let graph = evaluation.graph
        return ReportWords.current.warning(ArrayReportWords.current.notFinite(graph.nodes[node].name, graph.formula(of: node)))
    }

    /// A row of `cells` followed by the lines of `columns` side by side, the first line on the row.
    private static func add(_ table: inout TextTable, _ cells: [String], _ columns: [[String]]) {
        let height = columns.map(\.count).max() ?? 1
        for line in 0..<height {
            let lead = line == 0 ? cells : cells.map { _ in "" }
            table.add(lead + columns.map { line < $0.count ? $0[line] : "" })
        }
    }

    /// `value` as lines: a scalar or vector on one, a matrix a row a line with its entries
    /// aligned, a large array as its shape and range.
    static func lines(_ value: ArrayValue) -> [String] {
        if value.entries.count > fullEntries { return [ArrayReportWords.current.summary(value.entries.count, MatrixText.range(value))] }
        return MatrixText.lines(value)
    }
}
