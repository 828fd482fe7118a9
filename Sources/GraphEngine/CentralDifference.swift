/// The numeric check: (f(x + h) − f(x − h)) / 2h for one input, from two re-evaluations of the
/// graph. Independent of every edge partial, so it catches a wrong derivative rule.
public enum CentralDifference {
    /// The estimate of ∂output/∂input near the evaluation's point, for each of `outputs`.
    public static func estimate(_ evaluation: Evaluation, input: Int, outputs: [Int]) -> [Double] {
        let x = evaluation.values[input]
        let h = step(at: x)
        let above = values(evaluation, setting: input, to: x + h)
        let below = values(evaluation, setting: input, to: x - h)
        return outputs.map { (above[$0] - below[$0]) / (2 * h) }
    }

    /// Every node's value with `input` set to `value`. Only the nodes that depend on the input
    /// are computed again, and only their values: the rest are as they were, and a report with
    /// an estimate per input does a fraction of a forward sweep for each.
    static func values(_ evaluation: Evaluation, setting input: Int, to value: Double) -> [Double] {
        let graph = evaluation.graph
        var values = evaluation.values
        var changed = [Bool](repeating: false, count: graph.count)
        values[input] = value
        changed[input] = true
        for node in (input + 1)..<graph.count {
            let (x, y) = (Int(graph.lhs[node]), Int(graph.rhs[node]))
            guard x >= 0, changed[x] || y >= 0 && changed[y] else { continue }
            values[node] = graph.operations[node].linearize(values[x], y >= 0 ? values[y] : 0).value
            changed[node] = true
        }
        return values
    }

    /// The step h for an input at `x`: small against `x`, and never below 1e-5.
    public static func step(at x: Double) -> Double { 1e-5 * max(1, abs(x)) }

    /// Whether two exact derivatives, computed in different orders, agree up to rounding.
    public static func exactlyAgree(_ exact: Double, _ other: Double) -> Bool {
        other == exact || abs(other - exact) <= 1e-9 * max(1, abs(exact)) || other.isNaN && exact.isNaN
    }

    /// Whether an exact derivative and its central-difference estimate agree to the accuracy
    /// such an estimate has.
    public static func agrees(_ exact: Double, _ estimate: Double) -> Bool {
        if exact == estimate { return true }
        if exact.isNaN || estimate.isNaN { return exact.isNaN && estimate.isNaN }
        return abs(exact - estimate) <= 1e-5 * max(1, abs(exact))
    }
}
