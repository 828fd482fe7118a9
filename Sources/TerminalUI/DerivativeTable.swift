import GraphEngine
import TextCanvas
import Tutor

/// ∂output/∂x for every input x, four ways side by side: the sum over paths (each path with
/// its product), forward mode, reverse mode and the central difference, with agreement marked,
/// and below them what each method costs. Numbers not shown yet are `?`.
enum DerivativeTable {
    /// The table in `height` rows, about `output`, scrolled so that `selected`'s rows show.
    static func lines(_ disclosure: Disclosure, output: Int, selected: Int, height: Int) -> [String] {
        let analysis = disclosure.analysis
        let graph = analysis.graph
        let room = height - 3  // rows for inputs and their paths, after the header and the cost
        var budget = room - analysis.inputs.count
        var table = TextTable(header: ["d\(clipped(graph.nodes[output].name))/d", "Σ paths", "fwd", "rev", "num", ""])
        var pathLines: [[String]] = []
        for input in analysis.inputs {
            pathLines.append(listedPaths(disclosure, input, output, budget: budget))
            budget -= pathLines.last!.count
            table.add(row(disclosure, input, output))
        }
        let rows = table.rendered(indent: 0).split(separator: "\n").map(String.init)
        let blocks = zip(rows.dropFirst(), pathLines).map { [$0] + $1 }
        let shown = scrolled(blocks, showing: analysis.inputs.firstIndex(of: selected), in: room)
        let cost = analysis.cost
        return [rows[0]] + shown.joined().prefix(room) + [
            "edge visits: forward mode \(cost.forwardEdgeVisits) (\(NumberFormat.counted(cost.forwardSweeps, "sweep")))",
            "reverse mode \(cost.reverseEdgeVisits) (\(NumberFormat.counted(cost.reverseSweeps, "sweep"))), listing \(NumberFormat.counted(cost.paths, "path")) \(cost.pathEdgeVisits)",
        ]
    }

    /// The output the table is about while `pass` is played: the pass's, else the first.
    static func output(during pass: Pass.Kind?, _ graph: Graph) -> Int {
        switch pass {
        case .reverse(let output), .paths(_, let output): output
        default: graph.outputs[0]
        }
    }

    /// An input's row: its name, then ∂output/∂input by paths, forward mode, reverse mode and
    /// the central difference (`?` where not shown yet), and ✓ or ✗ once all are final.
    private static func row(_ disclosure: Disclosure, _ input: Int, _ output: Int) -> [String] {
        let analysis = disclosure.analysis
        let i = analysis.inputs.firstIndex(of: input)!, o = analysis.outputs.firstIndex(of: output)!
        let quantities: [Quantity] = [.pathSum(input: input, output: output), .tangent(output, input: input), .adjoint(input, output: output)]
        let numbers = quantities.map(disclosure.number) + [disclosure.numeric(input: input, output: output)]
        // `?`: the pass being played will show it; `-`: the pass being played does not compute it.
        let pending = quantities.map(disclosure.passComputes) + [false]
        let final = [analysis.paths[i][o].sum, analysis.forward[i].tangents[output], analysis.reverse[o].adjoints[input], analysis.numeric[i][o]]
        let complete = zip(numbers, final).allSatisfy { $0 == $1 || $0 != nil && $0!.isNaN && $1.isNaN }
        let mark = !complete ? "" : analysis.agrees(input: i, output: o) ? "✓" : "✗"
        let cells = zip(numbers, pending).map { number, pending in number.map(NumberFormat.short) ?? (pending ? "?" : "-") }
        return [clipped(analysis.graph.nodes[input].name)] + cells + [mark]
    }

    /// The lines under an input's row: its paths with their products, as many as are shown and
    /// `budget` rows allow, then how many there are if some are left out.
    private static func listedPaths(_ disclosure: Disclosure, _ input: Int, _ output: Int, budget: Int) -> [String] {
        let analysis = disclosure.analysis
        let sums = analysis.paths[analysis.inputs.firstIndex(of: input)!][analysis.outputs.firstIndex(of: output)!]
        let shown = disclosure.listedPaths(input: input, output: output)
        let fits = shown <= budget ? shown : max(0, budget - 1)
        var texts = sums.paths.prefix(fits).map { path in
            "  \(PathSums.describe(path, in: analysis.graph))  \(PathSums.product(path, analysis.evaluation, format: NumberFormat.short))"
        }
        if sums.paths.isEmpty { texts.append("  no path to \(analysis.graph.nodes[output].name)") }
        if shown > texts.count && budget > 0 { texts.append("  … \(NumberFormat.counted(sums.count, "path")) in all") }
        return texts
    }

    /// `blocks` from the first one on, or from late enough that block `selected` fits in `room` rows.
    private static func scrolled(_ blocks: [[String]], showing selected: Int?, in room: Int) -> ArraySlice<[String]> {
        guard let selected else { return blocks[...] }
        var start = 0
        while start < selected, blocks[start...selected].joined().count > room { start += 1 }
        return blocks[start...]
    }

    /// A name cut to 8 columns, so that long names leave room for the numbers.
    private static func clipped(_ name: String) -> String {
        name.clipped(toWidth: 8, ellipsis: true)
    }
}
