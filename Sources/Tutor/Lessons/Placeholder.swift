import GraphEngine
import Words

/// A number in lesson prose that the engine fills in: `{{value c}}`, `{{partial e c}}`,
/// `{{total e b}}`, `{{paths b e}}`, `{{loss}}`, `{{loss start}}`, `{{cost reverse}}`,
/// `{{sweeps forward}}`, `{{inputs}}`, `{{edges}}`, `{{rate}}`, `{{steps}}`, optionally times a
/// number (`{{2 * total e b}}`) and to some significant digits (`{{value w :4}}`). So a
/// teacher who changes an input's value never leaves a stale number in the text.
///
/// On an array graph the block engine fills them: `{{value W}}` is the whole array
/// (`[1, 2; 3, 4]`), `{{value W[1,2]}}` one entry (row 1, column 2, counted from 1),
/// `{{gradient L W}}` (or `total`) dL/dW with its entries, `{{shape W}}` the shape (`2×3`).
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
        /// An array node's shape, `2×3`.
        case shape(String)
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
        case ("total", 3), ("gradient", 3): kind = .total(of: words[1], wrt: words[2])
        case ("shape", 2): kind = .shape(words[1])
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

    /// The placeholder's text in `context`, or why it has none (a name the graph lacks): a
    /// number, or an array as graph text writes it.
    public func text(_ context: PlaceholderContext) -> Result<String, PlaceholderProblem> {
        if case .shape(let name) = kind, let blocks = context.blocks {
            return blocks.graph.index(of: name).map { .success("\(blocks.graph.nodes[$0].shape)") } ?? .failure(.unknownNode(name))
        }
        let format = { (x: Double) in digits.map { NumberFormat.significant(x, digits: $0) } ?? NumberFormat.plain(x) }
        return array(context).map { $0.text(format) }
    }

    /// The number (times the factor), or why there is none (an array of several entries has
    /// no one number).
    public func number(_ context: PlaceholderContext) -> Result<Double, PlaceholderProblem> {
        array(context).flatMap { value in value.entries.count == 1 ? .success(value.entries[0]) : .failure(.notOneNumber(value.shape.description)) }
    }

    /// The value (times the factor): an array on an array graph, else a scalar.
    private func array(_ context: PlaceholderContext) -> Result<ArrayValue, PlaceholderProblem> {
        let unscaled = context.blocks.map { blockValue($0, context) } ?? scalar(context).map(ArrayValue.init)
        return unscaled.map { ArrayValue(shape: $0.shape, entries: $0.entries.map { $0 * factor }) }
    }

    /// On an array graph: values and gradients by the block engine, a whole array or one entry;
    /// the counts of the scalar graph it lowers to for the rest.
    private func blockValue(_ blocks: BlockEvaluation, _ context: PlaceholderContext) -> Result<ArrayValue, PlaceholderProblem> {
        let graph = blocks.graph
        func block(_ name: String) -> Result<(node: Int, entry: Int?), PlaceholderProblem> {
            guard let reference = EntryReference(name), let node = graph.index(of: reference.name) else { return .failure(.unknownNode(name)) }
            guard reference.indices != nil else { return .success((node, nil)) }
            guard let entry = reference.entry(in: graph.nodes[node].shape) else { return .failure(.noEntry(name, graph.nodes[node].shape.description)) }
            return .success((node, entry))
        }
        func pick(_ entries: [Double], _ node: Int, _ entry: Int?) -> ArrayValue {
            entry.map { ArrayValue(entries[$0]) } ?? ArrayValue(shape: graph.nodes[node].shape, entries: entries)
        }
        switch kind {
        case .value(let name):
            return block(name).map { pick(blocks.values[$0.node], $0.node, $0.entry) }
        case .total(let of, let wrt):
            return block(of).flatMap { output in
                guard output.entry == nil else { return .failure(.unknownNode(of)) }
                return block(wrt).map { pick(BlockAdjointSweep(blocks, output: output.node).adjoints[$0.node], $0.node, $0.entry) }
            }
        case .loss, .lossAtStart:
            let loss = blocks.values[graph.outputs[0]].reduce(0, +)
            return .success(ArrayValue(kind == .loss ? loss : context.losses.first ?? loss))
        case .inputs:
            return .success(ArrayValue(Double(graph.inputs.count)))
        case .sweeps(reverse: false):
            return .success(ArrayValue(Double(BlockAnalysis(blocks).forwardSweeps)))
        default:
            return scalar(context).map(ArrayValue.init)
        }
    }

    /// On a scalar graph, or the counts of the scalar graph an array graph lowers to.
    private func scalar(_ context: PlaceholderContext) -> Result<Double, PlaceholderProblem> {
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
        case .shape(let name):
            return .failure(.unknownNode(name))
        }
    }
}

/// A node or one entry of it, as placeholders name them: `W`, `b[2]`, `W[1,2]` (counted from
/// 1, row then column), as the scalar graph an array graph lowers to names its entries.
struct EntryReference: Equatable {
    let name: String
    /// The indices in brackets, if any.
    let indices: [Int]?

    init?(_ text: String) {
        guard let open = text.firstIndex(of: "[") else {
            (name, indices) = (text, nil)
            return
        }
        guard text.hasSuffix("]") else { return nil }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let numbers = inside.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        guard !numbers.isEmpty, numbers.count <= 2, numbers.allSatisfy({ $0 != nil }) else { return nil }
        (name, indices) = (String(text[..<open]), numbers.map { $0! })
    }

    /// The entry's place among the entries of `shape`, row after row; nil when `shape` has no
    /// such entry.
    func entry(in shape: Shape) -> Int? {
        guard let indices, indices.count == shape.dimensions.count,
            zip(indices, shape.dimensions).allSatisfy({ (1...$1).contains($0) })
        else { return nil }
        return indices.count == 1 ? indices[0] - 1 : (indices[0] - 1) * shape.dimensions[1] + indices[1] - 1
    }
}

/// What a placeholder is filled from: the step's graph at its values, and the gradient descent
/// taken on it so far.
public struct PlaceholderContext: Sendable {
    /// The step's graph; for an array graph, the scalar graph it lowers to.
    public let evaluation: Evaluation
    /// The step's array graph, if it is one.
    public let blocks: BlockEvaluation?
    /// The loss before the descent so far and after each of its steps.
    public let losses: [Double]
    /// The learning rate of the last descent, if there was one.
    public let learningRate: Double?

    public init(_ evaluation: Evaluation, blocks: BlockEvaluation? = nil, losses: [Double] = [], learningRate: Double? = nil) {
        self.evaluation = evaluation
        self.blocks = blocks
        self.losses = losses
        self.learningRate = learningRate
    }
}

/// Why a placeholder has no number on a graph.
public enum PlaceholderProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNode(String)
    case noEdge(from: String, to: String)
    case noDescent
    /// An array of this shape where one number is wanted.
    case notOneNumber(String)
    /// An entry the array (of this shape) does not have.
    case noEntry(String, String)

    public var description: String {
        let words = LessonCheckWords.current
        return switch self {
        case .notOneNumber(let shape): words.notOneNumber(shape)
        case .noEntry(let name, let shape): words.noEntry(name, shape)
        case .unknownNode(let name): words.unknownNode(name)
        case .noEdge(let from, let to): words.noEdge(from, to)
        case .noDescent: words.noDescent
        }
    }
}
