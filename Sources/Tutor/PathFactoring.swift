import GraphEngine

/// The sum over paths factored at the nodes every path passes through: with Y on every path
/// from X to Z, the paths are every way X→Y followed by every way Y→Z, so
/// dZ/dX = (sum of X→Y products) · (sum of Y→Z products) — `(1 + 2 + 3) · (4 + 5 + 6)` for
/// nine paths, as the source material tells it.
public enum PathFactoring {
    /// For each stretch between the nodes that every path from `input` to `output` passes
    /// through, the products of its paths; nil when no node but the ends is on every path, or
    /// when the factored form would not fit a line: more than `stretches` stretches, or one with
    /// more paths than `limit`.
    public static func factors(_ evaluation: Evaluation, from input: Int, to output: Int, stretches: Int = 4, limit: Int = 6) -> [[Double]]? {
        let graph = evaluation.graph
        let fromInput = PathSums.countPaths(graph, from: input).count
        guard case .exact(let total) = fromInput[output], total > 1 else { return nil }
        let toOutput = pathsToOutput(graph, output)
        let passes = (input + 1..<output).filter { (node: Int) -> Bool in
            guard case .exact(let before) = fromInput[node], before > 0 else { return false }
            let (product, overflow) = before.multipliedReportingOverflow(by: toOutput[node])
            return !overflow && product == total
        }
        guard !passes.isEmpty, passes.count < stretches else { return nil }
        let ends = [input] + passes + [output]
        var factors: [[Double]] = []
        for (from, to) in zip(ends, ends.dropFirst()) {
            let stretch = PathSums(evaluation, from: from, to: to, limit: limit)
            guard !stretch.isTruncated else { return nil }
            factors.append(stretch.paths.map(\.product))
        }
        return factors
    }

    /// For every node, how many paths lead from it to `output` (saturating; only compared with
    /// exact counts that fit).
    private static func pathsToOutput(_ graph: Graph, _ output: Int) -> [UInt64] {
        var count = [UInt64](repeating: 0, count: graph.count)
        count[output] = 1
        for edge in graph.edges.reversed() where edge.target <= output {
            let (sum, overflow) = count[edge.source].addingReportingOverflow(count[edge.target])
            count[edge.source] = overflow ? .max : sum
        }
        return count
    }
}
