import GraphEngine

/// ∂output/∂x for every input x, four ways side by side: the sum over paths (each path with
/// its product), forward mode, reverse mode and the central difference, with agreement marked,
/// and below them what each method costs. Numbers the current pass has not revealed show `?`.
enum DerivativeTable {
    static func lines(_ state: ExplorerState, height: Int) -> [String] {
        let analysis = state.analysis
        let graph = state.graph
        let o = analysis.outputs.firstIndex(of: output(state)) ?? 0
        let z = graph.nodes[analysis.outputs[o]].name
        var budget = height - 3 - analysis.inputs.count  // rows left for paths, after header, rows and cost
        var table = TextTable(header: ["∂\(clipped(z))/∂", "Σ paths", "fwd", "rev", "num", ""])
        var pathLines: [[String]] = []
        for (i, input) in analysis.inputs.enumerated() {
            let sums = analysis.paths[i][o]
            let shown = revealedPaths(state, input: input, sums)
            let fits = shown <= budget ? shown : max(0, budget - 1)
            var texts = sums.paths.prefix(fits).map { path in
                "  \(sums.describe(path, in: graph))  \(PathSums.product(path, state.evaluation, format: NumberFormat.short))"
            }
            if sums.paths.isEmpty { texts.append("  no path to \(z)") }
            if shown > texts.count && budget > 0 { texts.append("  … \(NumberFormat.counted(sums.count, "path")) in all") }
            budget -= texts.count
            pathLines.append(texts)
            let hide = state.derivativesHidden
            let numbers = [
                pathSum(state, input: input, sums), tangent(state, i, o), adjoint(state, input, o),
                hide ? nil : analysis.numeric[i][o],
            ]
            let final = [sums.sum, analysis.forward[i].tangents[analysis.outputs[o]], analysis.reverse[o].adjoints[input], analysis.numeric[i][o]]
            let complete = zip(numbers, final).allSatisfy { $0 == $1 || $0 != nil && $0!.isNaN && $1.isNaN }
            let mark = !complete ? "" : analysis.agrees(input: i, output: o) ? "✓" : "✗"
            table.add([clipped(graph.nodes[input].name)] + numbers.map { $0.map(NumberFormat.short) ?? "?" } + [mark])
        }
        let rows = table.rendered(indent: 0).split(separator: "\n").map(String.init)
        var blocks = zip(rows.dropFirst(), pathLines).map { [$0] + $1 }
        // With more inputs than rows, start late enough that the selected input shows.
        if let selected = analysis.inputs.firstIndex(of: state.selected) {
            while blocks.count > 1, blocks.prefix(selected + 1 - (analysis.inputs.count - blocks.count)).joined().count > height - 3 {
                blocks.removeFirst()
            }
        }
        let cost = analysis.cost
        return [rows[0]] + blocks.joined().prefix(height - 3) + [
            "edge visits: forward mode \(cost.forwardEdgeVisits) (\(NumberFormat.counted(cost.forwardSweeps, "sweep")))",
            "reverse mode \(cost.reverseEdgeVisits) (\(NumberFormat.counted(cost.reverseSweeps, "sweep"))), listing \(NumberFormat.counted(cost.paths, "path")) \(cost.pathEdgeVisits)",
        ]
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
