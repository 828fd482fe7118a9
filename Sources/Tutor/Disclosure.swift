import GraphEngine

/// What the learner has been shown: for every number of an analysis — value, local partial,
/// tangent, adjoint, path sum, central difference and listed path — either the number, or nil
/// while it is hidden. Every screen asks here before it draws a number, so no screen shows what
/// the pass being played has not revealed yet.
///
/// Without a pass everything is shown. While a pass is played, the screen shows only what that
/// pass has computed so far: its own quantities, step by step, besides the values and local
/// partials (which the forward-values pass itself reveals node by node). So a number the learner
/// is asked to predict — always the pass's next step — is on no screen before it is answered.
public struct Disclosure: Sendable {
    public let analysis: Analysis
    public let walkthrough: Walkthrough?

    public init(_ analysis: Analysis, _ walkthrough: Walkthrough?) {
        self.analysis = analysis
        self.walkthrough = walkthrough
    }

    /// Whether `quantity` is one the pass being played computes: shown when the pass reaches it,
    /// `?` until then. Quantities no pass is computing are hidden as well, but not pending.
    public func passComputes(_ quantity: Quantity) -> Bool {
        switch (walkthrough?.kind, quantity) {
        case (.forward, .value), (.forward, .partial), (.partials, .partial): true
        case (.tangent(let input), .tangent(_, let asked)): input == asked
        case (.reverse(let output), .adjoint(_, let asked)): output == asked
        case (.paths(let input, let output), .pathProduct(_, let i, let o)), (.paths(let input, let output), .pathSum(let i, let o)):
            input == i && output == o
        default: false
        }
    }

    /// Whether a sweep's running total for `quantity` still waits for contributions: `b̄ = 3 + …`.
    public func isPartial(_ quantity: Quantity) -> Bool {
        guard passComputes(quantity), let walkthrough, let shares = walkthrough.shares(of: quantity.node) else { return false }
        return shares.received > 0 && shares.received < shares.count
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

    /// An edge's local partial, known once its target's value is; the local-partials pass
    /// shows each when it reaches its edge.
    public func partial(_ edge: Edge) -> Double? {
        if let walkthrough, walkthrough.kind == .partials {
            return walkthrough.steps.prefix(walkthrough.revealed).contains { $0.edge == edge } ? analysis.evaluation.partial(edge) : nil
        }
        return value(edge.target) == nil ? nil : analysis.evaluation.partial(edge)
    }

    /// d(node)/d(input): forward mode from `input` shows it as it goes; its seed says every
    /// other input's is 0.
    public func tangent(_ node: Int, input: Int) -> Double? {
        if let walkthrough, walkthrough.kind == .tangent(input: input) {
            let otherInput = node != input && analysis.graph.operations[node] == .input
            return otherInput && walkthrough.revealed > 0 ? 0 : walkthrough.number(for: node)
        }
        guard walkthrough == nil, let i = analysis.inputs.firstIndex(of: input) else { return nil }
        // An output's tangent is kept for every input; a whole sweep only for a few.
        if let o = analysis.outputs.firstIndex(of: node) { return analysis.forwardDerivative(i, o) }
        return analysis.forward(i).tangents[node]
    }

    /// d(output)/d(node): reverse mode from `output` shows it as it goes.
    public func adjoint(_ node: Int, output: Int) -> Double? {
        if let walkthrough, walkthrough.kind == .reverse(output: output) { return walkthrough.number(for: node) }
        guard walkthrough == nil, let o = analysis.outputs.firstIndex(of: output) else { return nil }
        return analysis.reverse(o).adjoints[node]
    }

    /// d(output)/d(input) as a sum over paths: the paths pass shows it at its end.
    public func pathSum(input: Int, output: Int) -> Double? {
        guard let sums = paths(input: input, output: output) else { return nil }
        if let walkthrough, walkthrough.kind == .paths(input: input, output: output) { return walkthrough.isFinished ? sums.sum : nil }
        return walkthrough == nil ? sums.sum : nil
    }

    /// The product along the `index`-th listed path, once it is listed.
    public func pathProduct(_ index: Int, input: Int, output: Int) -> Double? {
        guard let sums = paths(input: input, output: output), index < listedPaths(input: input, output: output) else { return nil }
        return sums.paths[index].product
    }

    /// How many of the paths from `input` to `output` are listed: those the paths pass has
    /// revealed, or all the analysis lists.
    public func listedPaths(input: Int, output: Int) -> Int {
        if let walkthrough, walkthrough.kind == .paths(input: input, output: output) { return walkthrough.revealedPaths }
        return walkthrough == nil ? paths(input: input, output: output)?.paths.count ?? 0 : 0
    }

    /// The central-difference estimate of d(output)/d(input): no pass computes it, so it shows
    /// only when none is played.
    public func numeric(input: Int, output: Int) -> Double? {
        guard walkthrough == nil, let (i, o) = indices(input, output) else { return nil }
        return analysis.numeric(i, o)
    }

    private func paths(input: Int, output: Int) -> PathSums? {
        indices(input, output).map { analysis.paths($0.0, $0.1) }
    }

    private func indices(_ input: Int, _ output: Int) -> (Int, Int)? {
        guard let i = analysis.inputs.firstIndex(of: input), let o = analysis.outputs.firstIndex(of: output) else { return nil }
        return (i, o)
    }
}
