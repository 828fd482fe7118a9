/// The words of a pass played step by step: each step's caption, the pass's title and the
/// summary at its end, and what each operation's backward step keeps.
public struct CaptionWords: Catalogue {
    /// A tangent's seed, `{0}` its symbol.
    public let tangentSeed: Template
    /// An adjoint's seed: `{0}` its symbol, `{1}` the derivative it stands for.
    public let adjointSeed: Template
    /// After a sweep's contribution: `{0}` which one (an ordinal), `{1}` of how many, `{2}` the node.
    public let shareOfUses: Template
    public let shareOfEdges: Template
    /// The ordinal's suffix after a number by its last digit (`1st`, `2nd`), and for 11 to 13.
    public let ordinalSuffixes: [String]
    public let teenOrdinalSuffix: String
    /// A listed path: `{0}` its symbol, `{1}` its route, `{2}` its product, `{3}` the sum so far.
    public let pathStep: Template
    /// The sum over paths factored: `{0}` symbol, `{1}` factors, `{2}` their sums, `{3}` value, `{4}` paths.
    public let factoredSum: Template
    /// The sum over paths: `{0}` symbol, `{1}` paths, `{2}` value, `{3}` `sumNotAllListed` or nothing.
    public let sum: Template
    public let sumNotAllListed: Template
    /// The symbol of a listed path's product, `{0}` its number.
    public let pathSymbol: Template

    /// An input's or a constant's equation, `{0}` as `b = 1` or `3`.
    public let inputEquation: Template
    public let constantEquation: Template

    public let forwardTitle: String
    public let partialsTitle: String
    public let tangentTitle: Template
    public let reverseTitle: Template
    public let pathsTitle: Template

    public let forwardDone: Template
    public let partialsDone: Template
    public let tangentDone: Template
    public let oneOtherInput: Template
    public let otherInputs: Template
    public let reverseDone: Template
    public let pathsDone: Template
    public let done: String
    /// Between the derivatives a summary lists.
    public let listSeparator: String

    /// What a backward step keeps, with `{0}`, `{1}` the operands and `{2}` the node.
    public let keepsNothingLeaf: String
    public let keepsNothing: String
    public let keepsMultiply: Template
    public let keepsDivide: Template
    public let keepsPower: Template
    public let keepsExp: Template
    public let keepsOperand: Template
    public let keepsOutput: Template
    public let keepsSigmoid: Template
    public let keepsMask: Template
}
