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
        let inputs = analysis.inputs.count
        let pathRows = max(1, (height - 2 - inputs) / max(1, inputs) + 1)
        var table = TextTable(header: ["∂\(z)/∂", "paths", "Σ", "fwd", "rev", "num", ""])
        for (i, input) in analysis.inputs.enumerated() {
            let sums = analysis.paths[i][o]
            let shown = revealedPaths(state, input: input, sums)
            let texts = sums.paths.prefix(min(shown, pathRows)).map { path in
                let factors = path.edges.map { NumberFormat.short(state.evaluation.partial($0)) }.joined(separator: "·")
                return "\(sums.describe(path, in: graph)) \(factors) = \(NumberFormat.short(path.product))"
            }
            let hide = hidesDerivatives(state)
            let numbers = [
                pathSum(state, input: input, sums), tangent(state, i, o), adjoint(state, input, o),
                hide ? nil : analysis.numeric[i][o],
            ]
            let final = [sums.sum, analysis.forward[i].tangents[analysis.outputs[o]], analysis.reverse[o].adjoints[input], analysis.numeric[i][o]]
            let complete = zip(numbers, final).allSatisfy { $0 == $1 || $0 != nil && $0!.isNaN && $1.isNaN }
            let mark = !complete ? "" : analysis.agrees(input: i, output: o) ? "✓" : "✗"
            let first = texts.first ?? (sums.paths.isEmpty ? "no path" : "")
            table.add([graph.nodes[input].name, first] + numbers.map { $0.map(NumberFormat.short) ?? "?" } + [mark])
            for text in texts.dropFirst() { table.add(["", text]) }
            if shown > texts.count { table.add(["", "… \(sums.count) paths in all"]) }
        }
        let cost = analysis.cost
        return table.rendered(indent: 0).split(separator: "\n").map(String.init) + [
            "cost: forward mode \(cost.forwardSweeps) sweeps, \(cost.forwardEdgeVisits) edge visits",
            "      reverse mode \(cost.reverseSweeps) sweep\(cost.reverseSweeps == 1 ? "" : "s"), \(cost.reverseEdgeVisits) edge visits",
            "      every path: \(TextReport.counted(cost.paths, "path")), \(cost.pathEdgeVisits) edge visits",
        ]
    }

    /// The output the table is about: the current pass's, else the first.
    static func output(_ state: ExplorerState) -> Int {
        switch state.walkthrough?.pass {
        case .reverse(let output), .paths(_, let output): output
        default: state.graph.outputs[0]
        }
    }

    /// During the forward-values pass no derivative is known yet.
    private static func hidesDerivatives(_ state: ExplorerState) -> Bool {
        guard let walkthrough = state.walkthrough, walkthrough.pass == .forward else { return false }
        return !walkthrough.isFinished
    }

    /// How many of `input`'s paths are listed: those the paths pass has revealed, or all.
    private static func revealedPaths(_ state: ExplorerState, input: Int, _ sums: PathSums) -> Int {
        if let walkthrough = state.walkthrough, case .paths(input, _) = walkthrough.pass { return walkthrough.revealedPaths }
        return hidesDerivatives(state) ? 0 : sums.paths.count
    }

    private static func pathSum(_ state: ExplorerState, input: Int, _ sums: PathSums) -> Double? {
        if let walkthrough = state.walkthrough, case .paths(input, _) = walkthrough.pass {
            return walkthrough.isFinished ? sums.sum : nil
        }
        return hidesDerivatives(state) ? nil : sums.sum
    }

    private static func tangent(_ state: ExplorerState, _ i: Int, _ o: Int) -> Double? {
        let output = state.analysis.outputs[o]
        if let walkthrough = state.walkthrough, case .tangent(state.analysis.inputs[i]) = walkthrough.pass {
            return walkthrough.knownNumbers(count: state.graph.count)[output] ?? (walkthrough.isFinished ? 0 : nil)
        }
        return hidesDerivatives(state) ? nil : state.analysis.forward[i].tangents[output]
    }

    private static func adjoint(_ state: ExplorerState, _ input: Int, _ o: Int) -> Double? {
        if let walkthrough = state.walkthrough, case .reverse = walkthrough.pass {
            return walkthrough.knownNumbers(count: state.graph.count)[input] ?? (walkthrough.isFinished ? 0 : nil)
        }
        return hidesDerivatives(state) ? nil : state.analysis.reverse[o].adjoints[input]
    }
}
