import GraphEngine
import Words

/// A number in lesson prose that the engine fills in: `{{value c}}`, `{{partial e c}}`,
/// `{{total e b}}`, `{{paths b e}}`, `{{loss}}`, `{{loss start}}`, `{{cost reverse}}`,
/// `{{sweeps forward}}`, `{{inputs}}`, `{{edges}}`, `{{rate}}`, `{{steps}}`, optionally times a
/// number (`{{2 * total e b}}`) and to some significant digits (`{{value w :4}}`). So a
/// teacher who changes an input's value never leaves a stale number in the text.
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
        /// The first output's value before the gradient descent so far on this graph.
        case lossAtStart
        /// The learning rate of the last gradient descent on this graph.
        case rate
        /// How many gradient-descent steps this graph has had.
        case steps
        /// How many edges the graph has.
        case edges
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
    /// How many significant digits to write (`:4`); nil for all (up to 12).
    public let digits: Int?

    /// The placeholder written inside `{{` and `}}`; nil when the words are not one.
    public init?(_ inside: String) {
        var words = inside.split(separator: " ").map(String.init)
        digits = words.last.flatMap { $0.hasPrefix(":") ? Int($0.dropFirst()) : nil }
        if digits != nil { words.removeLast() }
        if let digits, !(1...12).contains(digits) { return nil }
        factor = words.count > 2 && words[1] == "*" ? Double(words[0]) ?? .nan : 1
        if factor.isNaN { return nil }
        if words.count > 2 && words[1] == "*" { words.removeFirst(2) }
        switch (words.first, words.count) {
        case ("value", 2): kind = .value(words[1])
        case ("partial", 3): kind = .partial(target: words[1], source: words[2])
        case ("total", 3): kind = .total(of: words[1], wrt: words[2])
        case ("paths", 3): kind = .paths(from: words[1], to: words[2])
        case ("loss", 1): kind = .loss
        case ("loss", 2) where words[1] == "start": kind = .lossAtStart
        case ("rate", 1): kind = .rate
        case ("steps", 1): kind = .steps
        case ("edges", 1): kind = .edges
        case ("cost", 2) where ["forward", "reverse"].contains(words[1]): kind = .cost(reverse: words[1] == "reverse")
        case ("sweeps", 2) where ["forward", "reverse"].contains(words[1]): kind = .sweeps(reverse: words[1] == "reverse")
        case ("inputs", 1): kind = .inputs
        default: return nil
        }
    }

    /// The placeholder's text in `context`, or why it has none (a name the graph lacks).
    public func text(_ context: PlaceholderContext) -> Result<String, PlaceholderProblem> {
        number(context).map { number in digits.map { NumberFormat.significant(number, digits: $0) } ?? NumberFormat.plain(number) }
    }

    /// The number (times the factor), or why there is none.
    public func number(_ context: PlaceholderContext) -> Result<Double, PlaceholderProblem> {
        unscaled(context).map { $0 * factor }
    }

    private func unscaled(_ context: PlaceholderContext) -> Result<Double, PlaceholderProblem> {
        let evaluation = context.evaluation
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
        case .lossAtStart:
            return .success(context.losses.first ?? evaluation.values[graph.outputs[0]])
        case .rate:
            return context.learningRate.map { .success($0) } ?? .failure(.noDescent)
        case .steps:
            return .success(Double(context.losses.count - 1))
        case .edges:
            return .success(Double(graph.edges.count))
        }
    }
}

/// What a placeholder is filled from: the step's graph at its values, and the gradient descent
/// taken on it so far.
public struct PlaceholderContext: Sendable {
    public let evaluation: Evaluation
    /// The loss before the descent so far and after each of its steps.
    public let losses: [Double]
    /// The learning rate of the last descent, if there was one.
    public let learningRate: Double?

    public init(_ evaluation: Evaluation, losses: [Double] = [], learningRate: Double? = nil) {
        self.evaluation = evaluation
        self.losses = losses
        self.learningRate = learningRate
    }
}

/// Why a placeholder has no number on a graph.
public enum PlaceholderProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNode(String)
    case noEdge(from: String, to: String)
    case noDescent

    public var description: String {
        let words = LessonCheckWords.current
        return switch self {
        case .unknownNode(let name): words.unknownNode(name)
        case .noEdge(let from, let to): words.noEdge(from, to)
        case .noDescent: words.noDescent
        }
    }
}
