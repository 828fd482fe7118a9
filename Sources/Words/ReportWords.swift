/// The words of the command line's reports: the text tables of `eval`, the gradient step, DOT
/// labels, and how an error or a warning begins.
public struct ReportWords: Catalogue {
    public let error: Template
    /// `{0}` where (`FILE:LINE:COLUMN`), `{1}` what.
    public let errorAt: Template
    public let warning: Template

    public let values: String
    public let node: String
    public let computes: String
    public let value: String
    public let input: String
    public let edgePartials: String
    public let edge: String
    public let partial: String
    public let formula: String
    public let paths: String
    public let product: String
    public let sum: String
    public let forward: String
    public let reverse: String
    public let numeric: String
    public let noPath: String
    public let agree: String
    public let differ: String
    public let pathsListed: Template
    public let derivativesTitle: Template
    public let noInputs: Template
    public let method: String
    public let sweeps: String
    public let edgeVisits: String
    public let forwardMode: String
    public let reverseMode: String
    public let everyPath: String
    public let onePerInput: String
    public let onePerOutput: String
    public let eachEdgeOfEachPath: Template
    public let costTitle: Template

    public let parameter: String
    public let old: String
    /// `{0}` the loss.
    public let gradientColumn: Template
    /// `{0}` the learning rate.
    public let newColumn: Template
    public let descentTitle: Template
    public let afterTheStep: String
    public let listSeparator: String

    /// A DOT node's label for an input, `{0}` its name.
    public let inputLabel: Template
    /// `eval --trace` on a graph whose pass has no steps; `{0}` says why.
    public let noSteps: Template
}
