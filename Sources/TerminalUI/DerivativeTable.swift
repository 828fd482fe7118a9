import GraphEngine
import TextCanvas
import Tutor

/// ∂output/∂x for every input x, four ways side by side: the sum over paths (each path with
/// its product), forward mode, reverse mode and the central difference, with agreement marked,
/// and below them what each method costs. Numbers the current pass has not revealed show `?`.
enum DerivativeTable {
    static func lines(_ state: ExplorerState, height: Int) -> [String] {
        let analysis = state.analysis
        let o = analysis.outputs.firstIndex(of: output(state)) ?? 0
        let z = state.graph.nodes[analysis.outputs[o]].name
        let room = height - 3  // rows for inputs and their paths, after the header and the cost
        var budget = room - analysis.inputs.count
        var table = TextTable(header: ["∂\(clipped(z))/∂", "Σ paths", "fwd", "rev", "num", ""])
        var pathLines: [[String]] = []
        for i in analysis.inputs.indices {
            pathLines.append(listedPaths(state, i, o, budget: budget))
            budget -= pathLines[i].count
            table.add(row(state, i, o))
        }
        let rows = table.rendered(indent: 0).split(separator: "\n").map(String.init)
        let blocks = zip(rows.dropFirst(), pathLines).map { [$0] + $1 }
        let shown = scrolled(blocks, showing: analysis.inputs.firstIndex(of: state.selected), in: room)
        let cost = analysis.cost
        return [rows[0]] + shown.joined().prefix(room) + [
            "edge visits: forward mode \(cost.forwardEdgeVisits) (\(NumberFormat.counted(cost.forwardSweeps, "sweep")))",
            "reverse mode \(cost.reverseEdgeVisits) (\(NumberFormat.counted(cost.reverseSweeps, "sweep"))), listing \(NumberFormat.counted(cost.paths, "path")) \(cost.pathEdgeVisits)",
        ]
    }

    /// Input `i`'s row: its name, then ∂output/∂input by paths, forward mode, reverse mode and
    /// the central difference (`?` where not yet revealed), and ✓ or ✗ once all are final.
    private static func row(_ state: ExplorerState, _ i: Int, _ o: Int) -> [String] {
        let analysis = state.analysis
        let (input, output, sums) = (analysis.inputs[i], analysis.outputs[o], analysis.paths[i][o])
        let numbers = [
            pathSum(state, input: input, sums), tangent(state, i, o), adjoint(state, input, o),
            state.derivativesHidden ? nil : analysis.numeric[i][o],
        ]
        let final = [sums.sum, analysis.forward[i].tangents[output], analysis.reverse[o].adjoints[input], analysis.numeric[i][o]]
        let complete = zip(numbers, final).allSatisfy { $0 == $1 || $0 != nil && $0!.isNaN && $1.isNaN }
        let mark = !complete ? "" : analysis.agrees(input: i, output: o) ? "✓" : "✗"
        return [clipped(state.graph.nodes[input].name)] + numbers.map { $0.map(NumberFormat.short) ?? "?" } + [mark]
    }

    /// The lines under input `i`'s row: its paths with their products, as many as the pass has
    /// revealed and `budget` rows allow, then how many there are if some are left out.
    private static func listedPaths(_ state: ExplorerState, _ i: Int, _ o: Int, budget: Int) -> [String] {
        let sums = state.analysis.paths[i][o]
        let shown = revealedPaths(state, input: state.analysis.inputs[i], sums)
        let fits = shown <= budget ? shown : max(0, budget - 1)
        var texts = sums.paths.prefix(fits).map { path in
            "  \(sums.describe(path, in: state.graph))  \(PathSums.product(path, state.evaluation, format: NumberFormat.short))"
        }
        if sums.paths.isEmpty { texts.append("  no path to \(state.graph.nodes[state.analysis.outputs[o]].name)") }
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

    /// A name cut to 8 characters, so that long names leave room for the numbers.
    private static func clipped(_ name: String) -> String {
        name.count <= 8 ? name : name.prefix(7) + "…"
    }

    /// The output the table is about: the current pass's, else the first.
    static func output(_ state: ExplorerState) -> Int {
        switch state.walkthrough?.pass {
        case .reverse(let output), .paths(_, let output): output
        default: state.graph.outputs[0]
        }
    }

    /// How many of `input`'s paths are listed: those the paths pass has revealed, or all.
    private static func revealedPaths(_ state: ExplorerState, input: Int, _ sums: PathSums) -> Int {
        if let walkthrough = state.walkthrough, case .paths(input, _) = walkthrough.pass { return walkthrough.revealedPaths }
        return state.derivativesHidden ? 0 : sums.paths.count
    }

    private static func pathSum(_ state: ExplorerState, input: Int, _ sums: PathSums) -> Double? {
        if let walkthrough = state.walkthrough, case .paths(input, _) = walkthrough.pass {
            return walkthrough.isFinished ? sums.sum : nil
        }
        return state.derivativesHidden ? nil : sums.sum
    }

    private static func tangent(_ state: ExplorerState, _ i: Int, _ o: Int) -> Double? {
        let output = state.analysis.outputs[o]
        if let walkthrough = state.walkthrough, case .tangent(state.analysis.inputs[i]) = walkthrough.pass {
            return walkthrough.number(for: output)
        }
        return state.derivativesHidden ? nil : state.analysis.forward[i].tangents[output]
    }

    private static func adjoint(_ state: ExplorerState, _ input: Int, _ o: Int) -> Double? {
        if let walkthrough = state.walkthrough, case .reverse = walkthrough.pass {
            return walkthrough.number(for: input)
        }
        return state.derivativesHidden ? nil : state.analysis.reverse[o].adjoints[input]
    }
}
