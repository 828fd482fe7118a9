import Foundation
import GraphEngine
import TextCanvas
import Tutor
import Words

/// The `eval` report for people: values, edge partials, every derivative by paths next to
/// forward mode, reverse mode and the numeric check, and what each method costs.
public enum TextReport {
    /// The whole report as aligned tables.
    public static func render(_ analysis: Analysis) -> String {
        var output = ReportOutput()
        write(analysis, to: &output)
        return output.text
    }

    /// Writes the report into `output`, table by table, cell by cell.
    public static func write(_ analysis: Analysis, to output: inout ReportOutput) {
        // Each table is made only when its turn comes, so one table's cells are held at a time.
        let sections: [() -> (title: String, table: TextTable?)] = [{ values(analysis.evaluation) }, { edges(analysis.evaluation) }]
            + analysis.outputs.indices.map { o in { derivatives(analysis, output: o) } } + [{ cost(analysis) }]
        for (index, section) in sections.enumerated() {
            if index > 0 { output.write("\n\n") }
            let (title, table) = section()
            output.write(title)
            if let table {
                output.write("\n")
                table.write(to: &output)
            }
        }
        output.write("\n")
    }

    /// One row per node (constants left out): name, what it computes, value.
    static func values(_ evaluation: Evaluation) -> (title: String, table: TextTable?) {
        let words = ReportWords.current
        let graph = evaluation.graph
        var table = TextTable(header: [words.node, words.computes, words.value])
        for node in graph.nodes.indices where graph.operations[node] != .constant {
            let computes = graph.operations[node] == .input ? words.input : graph.formula(of: node)
            table.add([graph.nodes[node].name, computes, NumberFormat.plain(evaluation.values[node])])
        }
        return (words.values, table)
    }

    /// One row per edge: the local partial as a formula and as a number.
    static func edges(_ evaluation: Evaluation) -> (title: String, table: TextTable?) {
        let words = ReportWords.current
        let graph = evaluation.graph
        var table = TextTable(header: [words.edge, words.partial, words.formula, words.value])
        for edge in graph.edges {
            let source = graph.nodes[edge.source].name, target = graph.nodes[edge.target].name
            table.add(["\(source) → \(target)", graph.partialName(edge), evaluation.formula(edge), NumberFormat.plain(evaluation.partial(edge))])
        }
        return (words.edgePartials, table)
    }

    /// For each input, the paths to the output with their products, then the sum beside the
    /// forward-mode tangent, the reverse-mode adjoint and the central difference.
    static func derivatives(_ analysis: Analysis, output o: Int) -> (title: String, table: TextTable?) {
        let words = ReportWords.current
        let graph = analysis.graph
        let evaluation = analysis.evaluation
        let z = graph.nodes[analysis.outputs[o]].name
        var table = TextTable(header: ["", words.paths, words.product, words.sum, words.forward, words.reverse, words.numeric, ""])
        for (i, input) in analysis.inputs.enumerated() {
            let sums = analysis.paths(i, o)
            let listed = sums.paths.map { path in
                (PathSums.describe(path, in: graph), PathSums.product(path, evaluation))
            }
            let first = listed.first ?? (words.noPath, "0")
            table.add([
                Notation.marks.total(z, graph.nodes[input].name), first.0, first.1, NumberFormat.plain(sums.sum),
                NumberFormat.plain(analysis.forwardDerivative(i, o)),
                NumberFormat.plain(analysis.reverseDerivative(i, o)),
                numeric(analysis.numeric(i, o)),
                analysis.agrees(input: i, output: o) ? words.agree : words.differ,
            ])
            for path in listed.dropFirst() { table.add(["", path.0, path.1]) }
            if sums.isTruncated {
                table.add(["", words.pathsListed(sums.count, sums.paths.count)])
            }
        }
        let title = words.derivativesTitle(z)
        return analysis.inputs.isEmpty ? (title + "\n  " + words.noInputs(z), nil) : (title, table)
    }

    /// Sweeps and edge visits of forward mode, reverse mode and listing every path.
    static func cost(_ analysis: Analysis) -> (title: String, table: TextTable?) {
        let words = ReportWords.current
        let cost = analysis.cost
        var table = TextTable(header: [words.method, words.sweeps, words.edgeVisits, ""])
        table.add([words.forwardMode, "\(cost.forwardSweeps)", "\(cost.forwardEdgeVisits)", words.onePerInput])
        table.add([words.reverseMode, "\(cost.reverseSweeps)", "\(cost.reverseEdgeVisits)", words.onePerOutput])
        table.add([words.everyPath, "-", "\(cost.pathEdgeVisits)", words.eachEdgeOfEachPath(cost.paths)])
        return (words.costTitle(analysis.inputs.count, analysis.outputs.count, analysis.graph.edges.count), table)
    }

    /// A central-difference estimate, to the ten decimals it is good for.
    public static func numeric(_ x: Double) -> String {
        x.isFinite ? String(format: "%.10f", x) : NumberFormat.plain(x)
    }
}
