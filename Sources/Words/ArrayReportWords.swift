/// The words of `eval`'s report on an array graph beyond those it shares with the scalar
/// report (`ReportWords`): shapes, the rules on edges, gradients and the cost in sweeps.
public struct ArrayReportWords: Catalogue {
    public let shape: String
    public let shapes: String
    /// `{0}` the output.
    public let rulesTitle: Template
    /// `{0}` the output, or `sumOfEntries`.
    public let gradientsTitle: Template
    /// `{0}` the output whose entries are summed.
    public let sumOfEntries: Template
    public let onePerEntry: String
    /// `{0}` inputs, `{1}` entries.
    public let costTitle: Template
    /// A warning's text: `{0}` the node, `{1}` what it computes.
    public let notFinite: Template
    /// A large array: `{0}` its count of entries, `{1}` its range or `noneFinite`.
    public let summary: Template
    /// `{0}` the least entry, `{1}` the greatest.
    public let range: Template
    public let noneFinite: String
}
