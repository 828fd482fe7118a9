/// One step of gradient descent, w ← w − η·∂loss/∂w for every parameter at once: all gradients
/// come from one reverse sweep at the old values, and only then are the parameters updated.
public struct GradientDescentStep: Sendable {
    public let parameters: [Int]
    public let learningRate: Double
    /// ∂loss/∂parameter at the old values, in the order of `parameters`.
    public let gradients: [Double]
    public let before: Evaluation
    /// The graph evaluated at the updated parameters.
    public let after: Evaluation

    /// Takes the step from `evaluation`; `parameters` must be inputs of its graph.
    public init(_ evaluation: Evaluation, loss: Int, parameters: [Int], learningRate: Double) {
        let adjoints = AdjointSweep(evaluation, output: loss).adjoints
        var values = evaluation.values
        for parameter in parameters { values[parameter] -= learningRate * adjoints[parameter] }
        self.parameters = parameters
        self.learningRate = learningRate
        gradients = parameters.map { adjoints[$0] }
        before = evaluation
        after = Evaluation(evaluation.graph, values: values)
    }
}
