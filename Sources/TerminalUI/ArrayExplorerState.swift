import GraphEngine
import TextCanvas
import Tutor

/// The explorer on an array graph, as a value: the block graph evaluated, the selected block,
/// the block pass being stepped through, and any open dialog. Blocks are drawn as boxes with
/// their shapes (`BlockGraphPane`), the selected one described below (`BlockNodePanel`);
/// forward values and reverse mode step a block or a block edge at a time, `x` opens the
/// scalar explorer on a block's entries, `e` edits an input array, and `d` / `D` take gradient
/// descent steps with the loss curve drawn.
public struct ArrayExplorerState: Sendable {
    /// A dialog that takes the keyboard until it is closed.
    public enum Dialog: Equatable, Sendable {
        /// The `?` help, open at a page.
        case help(page: Int)
        /// Typing a new graph, or `@FILE` to read one.
        case newGraph(field: TextField, error: ExplorerState.FieldError?)
        /// Typing an input's array, `[1, 2; 3, 4]`; `error` says why the last try was refused.
        case editArray(node: Int, field: TextField, error: ExplorerState.FieldError?)
        /// Gradient descent's learning rate and parameters.
        case descent(DescentForm)
    }

    public private(set) var source: String
    public internal(set) var evaluation: BlockEvaluation
    public internal(set) var layout: GraphLayout
    public var selected: Int
    public var walkthrough: BlockWalkthrough?
    public var dialog: Dialog?
    /// A one-line message about the last key.
    public var message: String?
    public let notation: Notation
    /// The graphs of this run, for Up and Down in the new-graph dialog.
    var graphHistory = LineHistory()
    /// A screen for the app to open, once: a scalar graph typed with `:` in this one's place,
    /// or the scalar graph of a block expanded with `x` over it.
    public internal(set) var request: ScreenRequest?
    /// The gradient-descent settings last used.
    public var descent = DescentSettings()
    /// The loss (the first output's entries summed) at the values the graph started from and
    /// after each gradient-descent step since: the curve `d` and `D` draw.
    public internal(set) var losses: [Double]

    /// Parses `source` as an array graph with `inputs` (over its defaults) and `outputs` if given,
    /// and evaluates it; throws the graph's first problem.
    public init(source: String, inputs: [String: ArrayValue] = [:], outputs: [String]? = nil, notation: Notation = .marks) throws(GraphError) {
        self.init(BlockEvaluation(try BlockGraph(parsing: source, inputs: inputs, outputs: outputs)), source: source, notation: notation)
    }

    /// Explores `evaluation`, whose text for the new-graph dialog is `source`.
    public init(_ evaluation: BlockEvaluation, source: String, notation: Notation = .marks) {
        self.source = source
        self.notation = notation
        self.evaluation = evaluation
        layout = BlockGraphPane.layout(evaluation, notation: notation)
        selected = evaluation.graph.inputs.first ?? evaluation.graph.outputs[0]
        losses = [Self.loss(evaluation)]
    }

    public var graph: BlockGraph { evaluation.graph }
    /// The blocks drawn as boxes (constants are not), in topological order.
    var boxes: [Int] { graph.varying }

    /// Replaces the graph with the array graph of `source`.
    mutating func load(source: String) throws(GraphError) {
        let fresh = try ArrayExplorerState(source: source, notation: notation)
        self.source = source
        evaluation = fresh.evaluation
        layout = fresh.layout
        selected = fresh.selected
        walkthrough = nil
        losses = fresh.losses
        descent.parameters = []
    }

    /// The loss of `evaluation`: its first output's entries summed.
    static func loss(_ evaluation: BlockEvaluation) -> Double { evaluation.values[evaluation.graph.outputs[0]].reduce(0, +) }

    /// Shows the graph at new values: every array, box and the pass being played follow.
    mutating func reevaluate(_ evaluation: BlockEvaluation) {
        self.evaluation = evaluation
        layout = BlockGraphPane.layout(evaluation, notation: notation)
        if let old = walkthrough {
            walkthrough = BlockWalkthrough(BlockPass(old.kind, evaluation))
            walkthrough?.revealed = old.revealed
        }
    }
}
