import Foundation
import GraphEngine
import TextCanvas
import Tutor

/// The `eval` report for people: values, edge partials, every derivative by paths next to
/// forward mode, reverse mode and the numeric check, and what each method costs.
public enum TextReport {
    /// The whole report as aligned tables.
    public static func render(_ analysis: Analysis) -> String {
        var sections = [values(analysis.evaluation), edges(analysis.evaluation)]
        sections += analysis.outputs.indices.map { derivatives(analysis, output: $0) }
        sections.append(cost(analysis))
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// One row per node (constants left out): name, what it computes, value.
    public static func values(_ evaluation: Evaluation) -> String {
        let graph = evaluation.graph
        var table = TextTable(header: ["node", "computes", "value"])
        for node in graph.nodes.indices where graph.operations[node] != .constant {
            let computes = graph.operations[node] == .input ? "input" : graph.formula(of: node)
            table.add([graph.nodes[node].name, computes, NumberFormat.plain(evaluation.values[node])])
        }
        return "values\n" + table.rendered()
    }

    /// One row per edge: the local partial as a formula and as a number.
    public static func edges(_ evaluation: Evaluation) -> String {
        let graph = evaluation.graph
        var table = TextTable(header: ["edge", "partial", "formula", "value"])
        for edge in graph.edges {
            let source = graph.nodes[edge.source].name, target = graph.nodes[edge.target].name
            table.add(["\(source) → \(target)", graph.partialName(edge), evaluation.formula(edge), NumberFormat.plain(evaluation.partial(edge))])
        }
        return "edge partials\n" + table.rendered()
    }

    /// For each input, the paths to the output with their products, then the sum beside the
    /// forward-mode tangent, the reverse-mode adjoint and the central difference.
    public static func derivatives(_ analysis: Analysis, output o: Int) -> String {
        let graph = analysis.graph
        let evaluation = analysis.evaluation
        let z = graph.nodes[analysis.outputs[o]].name
        var table = TextTable(header: ["", "paths", "product", "sum", "forward", "reverse", "numeric", ""])
        for (i, input) in analysis.inputs.enumerated() {
            let sums = analysis.paths[i][o]
            let listed = sums.paths.map { path in
                (PathSums.describe(path, in: graph), PathSums.product(path, evaluation))
            }
            let first = listed.first ?? ("no path", "0")
            table.add([
                Notation.total(z, graph.nodes[input].name), first.0, first.1, NumberFormat.plain(sums.sum),
                NumberFormat.plain(analysis.forward[i].tangents[analysis.outputs[o]]),
                NumberFormat.plain(analysis.reverse[o].adjoints[input]),
                numeric(analysis.numeric[i][o]),
                analysis.agrees(input: i, output: o) ? "✓ agree" : "✗ differ",
            ])
            for path in listed.dropFirst() { table.add(["", path.0, path.1]) }
            if sums.isTruncated {
                table.add(["", "… \(sums.count) paths in all; \(sums.paths.count) listed"])
            }
        }
        let title = "derivatives of \(z): by paths, forward mode, reverse mode, central difference\n"
        return title + (analysis.inputs.isEmpty ? "  no inputs: \(z) is a constant" : table.rendered())
    }

    /// Sweeps and edge visits of forward mode, reverse mode and listing every path.
    public static func cost(_ analysis: Analysis) -> String {
        let cost = analysis.cost
        let graph = analysis.graph
        var table = TextTable(header: ["method", "sweeps", "edge visits", ""])
        table.add(["forward mode", "\(cost.forwardSweeps)", "\(cost.forwardEdgeVisits)", "one sweep per input"])
        table.add(["reverse mode", "\(cost.reverseSweeps)", "\(cost.reverseEdgeVisits)", "one sweep per output"])
        table.add(["every path", "-", "\(cost.pathEdgeVisits)", "\(NumberFormat.counted(cost.paths, "path")), each edge of each path"])
        let inputs = NumberFormat.counted(analysis.inputs.count, "input")
        let outputs = NumberFormat.counted(analysis.outputs.count, "output")
        let edges = NumberFormat.counted(graph.edges.count, "edge")
        return "cost on this graph (\(inputs), \(outputs), \(edges))\n" + table.rendered()
    }

    /// A central-difference estimate, to the ten decimals it is good for.
    public static func numeric(_ x: Double) -> String {
        x.isFinite ? String(format: "%.10f", x) : NumberFormat.plain(x)
    }
}
