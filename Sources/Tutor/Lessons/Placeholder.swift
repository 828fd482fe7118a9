import GraphEngine

/// A number in lesson prose that the engine fills in: `{{value c}}`, `{{partial e c}}`,
/// `{{total e b}}`, `{{paths b e}}`, `{{loss}}`, `{{cost reverse}}`, `{{sweeps forward}}`,
/// `{{inputs}}`, optionally times a number, `{{2 * total e b}}`. So a teacher who changes an
/// input's value never leaves a stale number in the text.
public struct Placeholder: Equatable, Sendable {
    /// What the number is.
    public enum Kind: Equatable, Sendable {
        /// A node's value.
        case value(String)
        /// The local partial ∂target/∂source on the edge between them.
        case partial(target: String, source: String)
        /// The total derivative d of / d wrt, over every path.
        case total(of: String, wrt: String)
        /// How many paths lead from one node to another.
        case paths(from: String, to: String)
        /// The value of the first output.
        case loss
        /// Edge visits of forward mode (one sweep per input) or reverse mode (one per output).
        case cost(reverse: Bool)
        /// Sweeps of forward mode or reverse mode.
        case sweeps(reverse: Bool)
        /// How many inputs the graph has.
        case inputs
    }

    public let kind: Kind
    /// A factor the number is multiplied by, as in `{{2 * total e b}}`.
    public let factor: Double

    /// The placeholder written inside `{{` and `}}`; nil when the words are not one.
    public init?(_ inside: String) {
        var words = inside.split(separator: " ").map(String.init)
        factor = words.count > 2 && words[1] == "*" ? Double(words[0]) ?? .nan : 1
        if factor.isNaN { return nil }
        if words.count > 2 && words[1] == "*" { words.removeFirst(2) }
        switch (words.first, words.count) {
        case ("value", 2): kind = .value(words[1])
        case ("partial", 3): kind = .partial(target: words[1], source: words[2])
        case ("total", 3): kind = .total(of: words[1], wrt: words[2])
        case ("paths", 3): kind = .paths(from: words[1], to: words[2])
        case ("loss", 1): kind = .loss
        case ("cost", 2) where ["forward", "reverse"].contains(words[1]): kind = .cost(reverse: words[1] == "reverse")
        case ("sweeps", 2) where ["forward", "reverse"].contains(words[1]): kind = .sweeps(reverse: words[1] == "reverse")
        case ("inputs", 1): kind = .inputs
        default: return nil
        }
    }

    /// The placeholder's text on `evaluation`, or why it has none (a name the graph lacks).
    public func text(_ evaluation: Evaluation) -> Result<String, PlaceholderProblem> {
        number(evaluation).map { NumberFormat.plain($0 * factor) }
    }

    /// The number, or why there is none.
    public func number(_ evaluation: Evaluation) -> Result<Double, PlaceholderProblem> {
        let graph = evaluation.graph
        func node(_ name: String) -> Result<Int, PlaceholderProblem> {
            graph.index(of: name).map { .success($0) } ?? .failure(.unknownNode(name))
        }
        let cost = MethodCost(graph, inputs: graph.inputs, outputs: graph.outputs)
        switch kind {
        case .value(let name):
            return node(name).map { evaluation.values[$0] }
        case .partial(let target, let source):
            return node(target).flatMap { t in
                node(source).flatMap { s in
                    graph.edges.first { $0.target == t && $0.source == s }.map { .success(evaluation.partial($0)) }
                        ?? .failure(.noEdge(from: source, to: target))
                }
            }
        case .total(let of, let wrt):
            return node(of).flatMap { output in node(wrt).map { AdjointSweep(evaluation, output: output).adjoints[$0] } }
        case .paths(let from, let to):
            return node(from).flatMap { source in
                node(to).map { PathSums.countPaths(graph, from: source).count[$0].magnitude }
            }
        case .loss:
            return .success(evaluation.values[graph.outputs[0]])
        case .cost(let reverse):
            return .success(Double(reverse ? cost.reverseEdgeVisits : cost.forwardEdgeVisits))
        case .sweeps(let reverse):
            return .success(Double(reverse ? cost.reverseSweeps : cost.forwardSweeps))
        case .inputs:
            return .success(Double(graph.inputs.count))
        }
    }
}

/// Why a placeholder has no number on a graph.
public enum PlaceholderProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNode(String)
    case noEdge(from: String, to: String)

    public var description: String {
        switch self {
        case .unknownNode(let name): "the graph has no node '\(name)'"
        case .noEdge(let from, let to): "there is no edge from \(from) to \(to)"
        }
    }
}
