/// One step of gradient descent on an array graph, W ← W − η·dL/dW for every parameter at
/// once, entry by entry: all gradients come from one reverse sweep at the old values, and only
/// then are the parameters updated. A loss with several entries is their sum, as the sweep has it.
public struct BlockGradientDescentStep: Sendable {
    public let parameters: [Int]
    public let learningRate: Double
    /// dL/dparameter at the old values, entry by entry, in the order of `parameters`.
    public let gradients: [[Double]]
    public let before: BlockEvaluation
    /// The graph evaluated at the updated parameters.
    public let after: BlockEvaluation

    /// Takes the step from `evaluation`; `parameters` must be inputs of its graph.
    public init(_ evaluation: BlockEvaluation, loss: Int, parameters: [Int], learningRate: Double) {
        let adjoints = BlockAdjointSweep(evaluation, output: loss).adjoints
        var leaves = evaluation.leaves
        for parameter in parameters {
            for entry in leaves[parameter].indices { leaves[parameter][entry] -= learningRate * adjoints[parameter][entry] }
        }
        self.parameters = parameters
        self.learningRate = learningRate
        gradients = parameters.map { adjoints[$0] }
        before = evaluation
        after = BlockEvaluation(evaluation.graph, leaves: leaves)
    }
}
