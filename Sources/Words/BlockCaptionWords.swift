/// The words of a block pass on an array graph beyond those it shares with the scalar pass
/// (`CaptionWords`): its seed, its summaries, and what a layer keeps for its backward step.
public struct BlockCaptionWords: Catalogue {
    /// `{0}` the output's derivative, `dL/dL`.
    public let seed: Template
    /// `{0}` the output's derivative, `{1}` the output.
    public let seedEveryEntry: Template
    /// `{0}` how many blocks.
    public let forwardDone: Template
    /// `{0}` the gradients, `{1}` how many block edges.
    public let reverseDone: Template
    /// A matrix product or affine layer: `{0}` the input, `{1}` the weights, `{2}` the rule that
    /// needs the input, `{3}` the rule that needs the weights.
    public let keepsInputAndWeights: Template
    /// Softmax cross-entropy: `{0}` its local partial, `{1}` the scores, `{2}` the targets.
    public let keepsSoftmax: Template
}
