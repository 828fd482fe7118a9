import GraphEngine

/// What the learner has been shown: for every number of an analysis — value, local partial,
/// tangent, adjoint, path sum, central difference and listed path — either the number, or nil
/// while it is hidden. Every screen asks here before it draws a number, so no screen shows what
/// the pass being played has not revealed yet.
///
/// Without a pass everything is shown. A pass reveals its own quantities step by step; while the
/// forward-values pass runs no derivative is known yet, so all of them are hidden.
public struct Disclosure: Sendable {
    public let analysis: Analysis
    public let walkthrough: Walkthrough?

    public init(_ analysis: Analysis, _ walkthrough: Walkthrough?) {
        self.analysis = analysis
        self.walkthrough = walkthrough
    }

    /// Whether every derivative is hidden: while the forward-values pass runs, none is known yet.
    public var derivativesHidden: Bool {
        guard let walkthrough, walkthrough.kind == .forward else { return false }
        return !walkthrough.isFinished
    }

    /// `quantity`'s number if it has been shown, else nil.
    public func number(_ quantity: Quantity) -> Double? {
        switch quantity {
        case .value(let node): value(node)
        case .partial(let edge): partial(edge)
        case .tangent(let node, let input): tangent(node, input: input)
        case .adjoint(let node, let output): adjoint(node, output: output)
        case .pathProduct(let index, let input, let output): pathProduct(index, input: input, output: output)
        case .pathSum(let input, let output): pathSum(input: input, output: output)
        }
    }

    /// A node's value: the forward-values pass shows each when it computes it.
    public func value(_ node: Int) -> Double? {
        if let walkthrough, walkthrough.kind == .forward { return walkthrough.number(for: node) }
        return analysis.evaluation.values[node]
    }

    /// An edge's local partial, known once its target's value is.
    public func partial(_ edge: Edge) -> Double? {
        value(edge.target) == nil ? nil : analysis.evaluation.partial(edge)
    }

    /// d(node)/d(input): forward mode from `input` shows it as it goes.
    public func tangent(_ node: Int, input: Int) -> Double? {
        if let walkthrough, walkthrough.kind == .tangent(input: input) { return walkthrough.number(for: node) }
        guard !derivativesHidden, let i = analysis.inputs.firstIndex(of: input) else { return nil }
        return analysis.forward[i].tangents[node]
    }

    /// ∂output/∂node: reverse mode shows it as it goes.
    public func adjoint(_ node: Int, output: Int) -> Double? {
        if let walkthrough, case .reverse = walkthrough.kind { return walkthrough.number(for: node) }
        guard !derivativesHidden, let o = analysis.outputs.firstIndex(of: output) else { return nil }
        return analysis.reverse[o].adjoints[node]
    }

    /// ∂output/∂input as a sum over paths: the paths pass shows it at its end.
    public func pathSum(input: Int, output: Int) -> Double? {
        guard let sums = paths(input: input, output: output) else { return nil }
        if let walkthrough, case .paths(input, _) = walkthrough.kind { return walkthrough.isFinished ? sums.sum : nil }
        return derivativesHidden ? nil : sums.sum
    }

    /// The product along the `index`-th listed path, once it is listed.
    public func pathProduct(_ index: Int, input: Int, output: Int) -> Double? {
        guard let sums = paths(input: input, output: output), index < listedPaths(input: input, output: output) else { return nil }
        return sums.paths[index].product
    }

    /// How many of the paths from `input` to `output` are listed: those the paths pass has
    /// revealed, or all the analysis lists.
    public func listedPaths(input: Int, output: Int) -> Int {
        if let walkthrough, case .paths(input, _) = walkthrough.kind { return walkthrough.revealedPaths }
        return derivativesHidden ? 0 : paths(input: input, output: output)?.paths.count ?? 0
    }

    /// The central-difference estimate of ∂output/∂input.
    public func numeric(input: Int, output: Int) -> Double? {
        guard !derivativesHidden, let (i, o) = indices(input, output) else { return nil }
        return analysis.numeric[i][o]
    }

    private func paths(input: Int, output: Int) -> PathSums? {
        indices(input, output).map { analysis.paths[$0.0][$0.1] }
    }

    private func indices(_ input: Int, _ output: Int) -> (Int, Int)? {
        guard let i = analysis.inputs.firstIndex(of: input), let o = analysis.outputs.firstIndex(of: output) else { return nil }
        return (i, o)
    }
}
