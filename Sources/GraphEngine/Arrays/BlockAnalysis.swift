/// What the tutor shows of a block graph at one point: values, and the gradient of each output
/// (of the sum of its entries) with respect to each chosen input three ways: by reverse mode
/// (one sweep per output), by forward mode (one sweep per entry of the input) and by the
/// central difference (two evaluations per entry).
public struct BlockAnalysis: Sendable {
    public let evaluation: BlockEvaluation
    /// The inputs derivatives are taken with respect to.
    public let inputs: [Int]
    public let outputs: [Int]
    /// The reverse sweep from each output.
    public let reverse: [BlockAdjointSweep]

    /// Analyses `evaluation` for `inputs` (all of the graph's inputs by default).
    public init(_ evaluation: BlockEvaluation, inputs: [Int]? = nil) {
        self.evaluation = evaluation
        self.inputs = inputs ?? evaluation.graph.inputs
        outputs = evaluation.graph.outputs
        reverse = outputs.map { BlockAdjointSweep(evaluation, output: $0) }
    }

    public var graph: BlockGraph { evaluation.graph }

    /// d(output)/d(inputs[i]) for each output by reverse mode, entry by entry.
    public func reverseGradient(_ i: Int) -> [[Double]] { reverse.map { $0.adjoints[inputs[i]] } }

    /// The same by forward mode: one tangent sweep per entry of the input.
    public func forwardGradient(_ i: Int) -> [[Double]] {
        let sweeps = (0..<graph.nodes[inputs[i]].shape.count).map { BlockTangentSweep(evaluation, input: inputs[i], entry: $0) }
        return outputs.map { output in sweeps.map { $0.derivative(of: output) } }
    }

    /// The same by the central difference, (f(x + h) − f(x − h)) / 2h for each entry.
    public func numericGradient(_ i: Int) -> [[Double]] {
        let input = inputs[i]
        var gradients = outputs.map { _ in [Double]() }
        for (entry, x) in evaluation.values[input].enumerated() {
            let h = CentralDifference.step(at: x)
            let above = evaluation.setting(input, entry: entry, to: x + h)
            let below = evaluation.setting(input, entry: entry, to: x - h)
            for (o, output) in outputs.enumerated() {
                gradients[o].append((above.values[output].reduce(0, +) - below.values[output].reduce(0, +)) / (2 * h))
            }
        }
        return gradients
    }

    /// Whether reverse mode, forward mode and the central difference agree on every entry.
    public static func agree(reverse: [Double], forward: [Double], numeric: [Double]) -> Bool {
        reverse.indices.allSatisfy { entry in
            CentralDifference.exactlyAgree(reverse[entry], forward[entry]) && CentralDifference.agrees(reverse[entry], numeric[entry])
        }
    }

    /// How many sweeps forward mode takes for the chosen inputs: one per entry.
    public var forwardSweeps: Int { inputs.reduce(0) { $0 + graph.nodes[$1].shape.count } }
}
