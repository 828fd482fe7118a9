/// Everything the tutor shows about one graph at one point: values and edge partials, and
/// ∂output/∂input for each chosen input and output four ways — by paths, by forward mode, by
/// reverse mode and numerically — with the cost of each method.
public struct Analysis: Sendable {
    public let evaluation: Evaluation
    /// The inputs derivatives are taken with respect to.
    public let inputs: [Int]
    public let outputs: [Int]
    /// One reverse sweep per output, in the order of `outputs`.
    public let reverse: [AdjointSweep]
    /// One forward-mode sweep per input, in the order of `inputs`.
    public let forward: [TangentSweep]
    /// `paths[i][o]`: the paths from `inputs[i]` to `outputs[o]`.
    public let paths: [[PathSums]]
    /// `numeric[i][o]`: the central-difference estimate of ∂outputs[o]/∂inputs[i].
    public let numeric: [[Double]]
    public let cost: MethodCost

    /// Analyses `evaluation` for `inputs` (all of the graph's inputs by default) and the graph's outputs.
    public init(_ evaluation: Evaluation, inputs: [Int]? = nil, pathLimit: Int = PathSums.defaultLimit) {
        let graph = evaluation.graph
        let inputs = inputs ?? graph.inputs
        self.evaluation = evaluation
        self.inputs = inputs
        outputs = graph.outputs
        reverse = graph.outputs.map { AdjointSweep(evaluation, output: $0) }
        forward = inputs.map { TangentSweep(evaluation, input: $0) }
        paths = inputs.map { input in graph.outputs.map { PathSums(evaluation, from: input, to: $0, limit: pathLimit) } }
        numeric = inputs.map { CentralDifference.estimate(evaluation, input: $0, outputs: graph.outputs) }
        cost = MethodCost(graph, inputs: inputs, outputs: graph.outputs)
    }

    public var graph: Graph { evaluation.graph }

    /// Whether paths, forward mode, reverse mode and the numeric estimate all agree on
    /// ∂outputs[o]/∂inputs[i].
    public func agrees(input i: Int, output o: Int) -> Bool {
        let exact = reverse[o].adjoints[inputs[i]]
        let others = [forward[i].tangents[outputs[o]], paths[i][o].sum]
        let close = others.allSatisfy { $0 == exact || abs($0 - exact) <= 1e-9 * max(1, abs(exact)) || $0.isNaN && exact.isNaN }
        return close && CentralDifference.agrees(exact, numeric[i][o])
    }
}
