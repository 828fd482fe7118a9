/// The numeric check: (f(x + h) − f(x − h)) / 2h for one input, from two re-evaluations of the
/// graph. Independent of every edge partial, so it catches a wrong derivative rule.
public enum CentralDifference {
    /// The estimate of ∂output/∂input near the evaluation's point, for each of `outputs`.
    public static func estimate(_ evaluation: Evaluation, input: Int, outputs: [Int]) -> [Double] {
        let x = evaluation.values[input]
        let h = 1e-5 * max(1, abs(x))
        let above = evaluation.setting(input, to: x + h)
        let below = evaluation.setting(input, to: x - h)
        return outputs.map { (above.values[$0] - below.values[$0]) / (2 * h) }
    }

    /// Whether an exact derivative and its central-difference estimate agree to the accuracy
    /// such an estimate has.
    public static func agrees(_ exact: Double, _ estimate: Double) -> Bool {
        if exact == estimate { return true }
        if exact.isNaN || estimate.isNaN { return exact.isNaN && estimate.isNaN }
        return abs(exact - estimate) <= 1e-5 * max(1, abs(exact))
    }
}
