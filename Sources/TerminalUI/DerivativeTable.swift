import GraphEngine
import TextCanvas
import Tutor
import Words

/// ∂output/∂x for every input x, four ways side by side: the sum over paths (each path with
/// its product), forward mode, reverse mode and the central difference, with agreement marked,
/// and below them what each method costs. Numbers not shown yet are `?`.
enum DerivativeTable {
    /// The table in `width × height`, about `output`, scrolled so that `selected`'s rows show.
    /// A table too wide for `width` narrows: numbers to 4 digits, then without the numeric column,
    /// so the agreement mark always shows.
    ///
    /// Only the rows in view are computed, and the columns are as wide as those rows need: with
    /// 1,000 inputs, a central difference and a path listing for each would be most of the work.
    static func lines(_ disclosure: Disclosure, output: Int, selected: Int, width: Int, height: Int, notation: Notation = .marks) -> [String] {
        let analysis = disclosure.analysis
        let graph = analysis.graph
        let room = height - 3  // rows for inputs and their paths, after the header and the cost
        let words = ExplorerWords.current
        let o = analysis.outputs.firstIndex(of: output)!
        let view = inView(disclosure, o, selected: analysis.inputs.firstIndex(of: selected), room: room, words)
        let entries = view.inputs.indices.map { row(disclosure, $0, o) }
        let narrowings: [(format: (Double) -> String, numeric: Bool)] = [(NumberFormat.short, true), (Self.narrow, true), (Self.narrow, false)]
        var rows: [String] = []
        for (format, numeric) in narrowings {
            let columns = [words.pathsColumn, words.forwardColumn, words.reverseColumn] + (numeric ? [words.numericColumn] : [])
            var table = TextTable(header: [Self.header(clipped(graph.nodes[output].name), notation)] + columns + [""])
            for entry in entries {
                var cells = zip(entry.numbers, entry.pending).map { number, pending in number.map(format) ?? (pending ? "?" : "-") }
                if !numeric { cells.removeLast() }
                table.add([entry.name] + cells + [entry.mark])
            }
            rows = table.rendered(indent: 0).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if rows.allSatisfy({ $0.displayWidth <= width }) { break }
        }
        let shown = zip(rows.dropFirst(), view.pathLines).map { [$0] + $1 }
        let cost = analysis.cost
        return [rows[0]] + shown.joined().prefix(room) + [
            words.forwardCost(cost.forwardEdgeVisits, cost.forwardSweeps),
            words.reverseCost(cost.reverseEdgeVisits, cost.reverseSweeps, cost.paths.templateArgument, cost.pathEdgeVisits),
        ]
    }

    /// The inputs whose rows show in `room` rows, each with the lines of its paths: from the first
    /// input on, or from late enough that the `selected`-th input's row and paths fit. The paths
    /// share `room` in the inputs' order, so those of every input up to the last in view are
    /// worked out, which costs little unless there is room to list them.
    private static func inView(_ disclosure: Disclosure, _ o: Int, selected: Int?, room: Int, _ words: ExplorerWords) -> (inputs: ArraySlice<Int>, pathLines: ArraySlice<[String]>) {
        let inputs = disclosure.analysis.inputs
        var budget = room - inputs.count
        var pathLines: [[String]] = []
        var start = 0, shownRows = 0  // the first input in view, and the rows from it on
        for index in inputs.indices {
            if index > selected ?? -1 && shownRows >= room { break }
            let lines = listedPaths(disclosure, index, o, budget: budget, words)
            budget -= lines.count
            pathLines.append(lines)
            shownRows += 1 + lines.count
            if index == selected {
                while start < index && shownRows > room {
                    shownRows -= 1 + pathLines[start].count
                    start += 1
                }
            }
        }
        return (inputs[start..<pathLines.count], pathLines[start...])
    }

    /// The output the table is about while `pass` is played: the pass's, else the first.
    static func output(during pass: Pass.Kind?, _ graph: Graph) -> Int {
        switch pass {
        case .reverse(let output), .paths(_, let output): output
        default: graph.outputs[0]
        }
    }

    /// The `i`-th input's row: its name, then ∂output/∂input by paths, forward mode, reverse mode
    /// and the central difference (nil where not shown yet, then `pending` says whether the pass
    /// will show it), and ✓ or ✗ once all are final.
    private static func row(_ disclosure: Disclosure, _ i: Int, _ o: Int) -> (name: String, numbers: [Double?], pending: [Bool], mark: String) {
        let analysis = disclosure.analysis
        let (input, output) = (analysis.inputs[i], analysis.outputs[o])
        let quantities: [Quantity] = [.pathSum(input: input, output: output), .tangent(output, input: input), .adjoint(input, output: output)]
        let numbers = quantities.map(disclosure.number) + [disclosure.numeric(input: input, output: output)]
        // `?`: the pass being played will show it; `-`: the pass being played does not compute it.
        let pending = quantities.map(disclosure.passComputes) + [false]
        let mark = !isComplete(numbers, analysis, i, o) ? "" : analysis.agrees(input: i, output: o) ? "✓" : "✗"
        return (clipped(analysis.graph.nodes[input].name), numbers, pending, mark)
    }

    /// Whether `numbers`, an input's row, are all shown and final: not a sweep's running total.
    private static func isComplete(_ numbers: [Double?], _ analysis: Analysis, _ i: Int, _ o: Int) -> Bool {
        guard numbers.allSatisfy({ $0 != nil }) else { return false }
        let final = [analysis.paths(i, o).sum, analysis.forwardDerivative(i, o), analysis.reverseDerivative(i, o), analysis.numeric(i, o)]
        return zip(numbers, final).allSatisfy { $0 == $1 || $0!.isNaN && $1.isNaN }
    }

    /// The lines under an input's row: its paths with their products, as many as are shown and
    /// `budget` rows allow, then how many there are if some are left out. With no rows to spare
    /// (`budget` ≤ 0) only whether any path is listed matters, which costs no listing.
    private static func listedPaths(_ disclosure: Disclosure, _ i: Int, _ o: Int, budget: Int, _ words: ExplorerWords) -> [String] {
        let analysis = disclosure.analysis
        let (input, output) = (analysis.inputs[i], analysis.outputs[o])
        let shown = budget > 0 ? disclosure.listedPaths(input: input, output: output) : 0
        let fits = shown <= budget ? shown : max(0, budget - 1)
        var texts = fits == 0 ? [] : analysis.paths(i, o).paths.prefix(fits).map { path in
            "  \(PathSums.describe(path, in: analysis.graph))  \(PathSums.product(path, analysis.evaluation, format: NumberFormat.short))"
        }
        if !analysis.listsPaths(i, o) { texts.append(words.noPath(analysis.graph.nodes[output].name)) }
        if shown > texts.count && budget > 0 { texts.append(words.pathsInAll(analysis.paths(i, o).count.templateArgument)) }
        return texts
    }

    /// The first column's header, which the inputs' names below complete: `de/d`, `d(e)/d`.
    private static func header(_ output: String, _ notation: Notation) -> String {
        notation == .marks ? "d\(output)/d" : "d(\(output))/d"
    }

    /// Up to 4 significant digits, for a table short of room.
    private static func narrow(_ x: Double) -> String { NumberFormat.significant(x, digits: 4) }

    /// A name cut to 8 columns, so that long names leave room for the numbers.
    private static func clipped(_ name: String) -> String {
        name.clipped(toWidth: 8, ellipsis: true)
    }
}

extension PathCount {
    /// The count for a catalogue's template: an `Int` when exact, so that `{0|path|paths}`
    /// chooses its form; written the same either way.
    var templateArgument: any CustomStringConvertible {
        if case .exact(let count) = self, let count = Int(exactly: count) { return count }
        return self
    }
}
