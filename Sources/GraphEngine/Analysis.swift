import Synchronization

/// Everything the tutor shows about one graph at one point: values and edge partials, and
/// ∂output/∂input for each chosen input and output four ways — by paths, by forward mode, by
/// reverse mode and numerically — with the cost of each method.
///
/// Only the evaluation is computed up front; every other number is computed when first asked
/// for and kept (forward-mode sweeps, one per input, are kept only for the last few inputs asked
/// about), so a report or a screen pays for what it shows. A graph of 10^5 nodes and 1,000
/// inputs would otherwise hold 1,000 sweeps over every node before the first line is written.
/// Copies share what has been computed, and asking again gives the very same numbers.
public struct Analysis: Sendable {
    public let evaluation: Evaluation
    /// The inputs derivatives are taken with respect to.
    public let inputs: [Int]
    public let outputs: [Int]
    /// What listing the paths of one input and output may cost.
    public let pathBudget: PathsToOutput.Budget
    private let cache: AnalysisCache

    /// Analyses `evaluation` for `inputs` (all of the graph's inputs by default) and the graph's
    /// outputs, listing at most `pathLimit` paths per input and output and, over all inputs
    /// and outputs, about `pathEdges` edges (at least 100 per input and output).
    public init(_ evaluation: Evaluation, inputs: [Int]? = nil, pathLimit: Int = PathSums.defaultLimit, pathEdges: Int = PathSums.defaultEdgeBudget) {
        let graph = evaluation.graph
        self.evaluation = evaluation
        self.inputs = inputs ?? graph.inputs
        outputs = graph.outputs
        let pairs = max(1, self.inputs.count * outputs.count)
        pathBudget = PathsToOutput.Budget(paths: pathLimit, edges: max(100, pathEdges / pairs))
        cache = AnalysisCache(inputs: self.inputs.count, outputs: outputs.count)
    }

    public var graph: Graph { evaluation.graph }

    /// The reverse sweep from `outputs[o]`: d(output)/d(node) for every node.
    public func reverse(_ o: Int) -> AdjointSweep {
        cache.reverse(o) { AdjointSweep(evaluation, output: outputs[o]) }
    }

    /// The forward-mode sweep from `inputs[i]`: d(node)/d(input) for every node.
    public func forward(_ i: Int) -> TangentSweep {
        cache.forward(i) { TangentSweep(evaluation, input: inputs[i]) }
    }

    /// ∂outputs[o]/∂inputs[i] by forward mode; the sweep's other numbers are not kept.
    public func forwardDerivative(_ i: Int, _ o: Int) -> Double {
        cache.atOutputs(i) { let tangents = forward(i).tangents; return outputs.map { tangents[$0] } }[o]
    }

    /// ∂outputs[o]/∂inputs[i] by reverse mode.
    public func reverseDerivative(_ i: Int, _ o: Int) -> Double { reverse(o).adjoints[inputs[i]] }

    /// The paths from `inputs[i]` to `outputs[o]`, as many as `pathBudget` allows.
    public func paths(_ i: Int, _ o: Int) -> PathSums {
        cache.paths(i, o) {
            PathSums(evaluation, from: inputs[i], toOutput(o), budget: pathBudget) { forwardDerivative(i, o) }
        }
    }

    /// Whether `paths(i, o)` lists any path, found without listing them all or taking their sum:
    /// the listing is depth-first, so it lists a path exactly when it can list the first.
    public func listsPaths(_ i: Int, _ o: Int) -> Bool {
        let first = PathsToOutput.Budget(paths: min(1, pathBudget.paths), edges: pathBudget.edges)
        return !toOutput(o).list(evaluation, from: inputs[i], budget: first).isEmpty
    }

    /// The central-difference estimate of ∂outputs[o]/∂inputs[i].
    public func numeric(_ i: Int, _ o: Int) -> Double {
        cache.numeric(i) { CentralDifference.estimate(evaluation, input: inputs[i], outputs: outputs) }[o]
    }

    /// What each method costs for these inputs and outputs.
    public var cost: MethodCost {
        cache.cost { MethodCost(graph, inputs: inputs, outputs.indices.map(toOutput)) }
    }

    /// Path counts toward `outputs[o]`, for every node.
    public func toOutput(_ o: Int) -> PathsToOutput {
        cache.toOutput(o) { PathsToOutput(graph, output: outputs[o]) }
    }

    /// Whether paths, forward mode, reverse mode and the numeric estimate all agree on
    /// ∂outputs[o]/∂inputs[i].
    public func agrees(input i: Int, output o: Int) -> Bool {
        let exact = reverseDerivative(i, o)
        let others = [forwardDerivative(i, o), paths(i, o).sum]
        return others.allSatisfy { CentralDifference.exactlyAgree(exact, $0) } && CentralDifference.agrees(exact, numeric(i, o))
    }
}

/// What an `Analysis` has computed so far, shared by its copies. Each number is computed
/// outside the lock, so a slow sweep holds up no one; two threads asking at once may both
/// compute it, and both get the same numbers.
final class AnalysisCache: Sendable {
    /// How many forward-mode sweeps over every node are kept.
    static let keptSweeps = 4

    private struct State {
        var reverse: [AdjointSweep?]
        var forward: [(input: Int, sweep: TangentSweep)] = []
        var atOutputs: [[Double]?]
        var numeric: [[Double]?]
        var paths: [Int: PathSums] = [:]
        var toOutput: [PathsToOutput?]
        var cost: MethodCost?
    }

    private let state: Mutex<State>
    private let outputs: Int

    init(inputs: Int, outputs: Int) {
        self.outputs = outputs
        state = Mutex(State(reverse: Array(repeating: nil, count: outputs), atOutputs: Array(repeating: nil, count: inputs),
                            numeric: Array(repeating: nil, count: inputs), toOutput: Array(repeating: nil, count: outputs)))
    }

    /// `read`'s value if it is there, else `make`'s, stored by `store`.
    private func cached<Value: Sendable>(_ read: (inout State) -> Value?, _ store: (inout State, Value) -> Void, _ make: () -> Value) -> Value {
        if let value = state.withLock({ state in read(&state) }) { return value }
        let value = make()
        state.withLock { state in store(&state, value) }
        return value
    }

    func reverse(_ o: Int, _ make: () -> AdjointSweep) -> AdjointSweep {
        cached({ $0.reverse[o] }, { $0.reverse[o] = $1 }, make)
    }

    func forward(_ i: Int, _ make: () -> TangentSweep) -> TangentSweep {
        cached({ state in state.forward.first { $0.input == i }?.sweep }, { state, sweep in
            state.forward.removeAll { $0.input == i }
            state.forward.append((i, sweep))
            if state.forward.count > Self.keptSweeps { state.forward.removeFirst() }
        }, make)
    }

    func atOutputs(_ i: Int, _ make: () -> [Double]) -> [Double] {
        cached({ $0.atOutputs[i] }, { $0.atOutputs[i] = $1 }, make)
    }

    func numeric(_ i: Int, _ make: () -> [Double]) -> [Double] {
        cached({ $0.numeric[i] }, { $0.numeric[i] = $1 }, make)
    }

    func paths(_ i: Int, _ o: Int, _ make: () -> PathSums) -> PathSums {
        cached({ $0.paths[i * outputs + o] }, { $0.paths[i * outputs + o] = $1 }, make)
    }

    func toOutput(_ o: Int, _ make: () -> PathsToOutput) -> PathsToOutput {
        cached({ $0.toOutput[o] }, { $0.toOutput[o] = $1 }, make)
    }

    func cost(_ make: () -> MethodCost) -> MethodCost {
        cached({ $0.cost }, { $0.cost = $1 }, make)
    }
}
