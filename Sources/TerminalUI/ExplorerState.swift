import GraphEngine
import TextCanvas
import Tutor

/// Everything the explorer shows, as a value: the graph, the point it is evaluated at, the
/// selection, the pass being stepped through and any open dialog. `update` changes it;
/// `render` draws it. Nothing here touches the terminal.
public struct ExplorerState: Sendable {
    /// A dialog that takes the keyboard until it is closed.
    public enum Dialog: Equatable, Sendable {
        case help
        /// Editing the value of an input node.
        case editValue(node: Int, field: TextField, error: String?)
        /// Typing a new graph, or `@FILE` to read one; `error` says why the last try failed.
        case newGraph(field: TextField, error: FieldError?)
        /// Predict mode: the learner's guess for the next step's number.
        case prediction(field: TextField, error: String?)
    }

    /// Why what was typed into a field was refused, and at which column of it, if at one.
    public struct FieldError: Equatable, Sendable {
        public let message: String
        public let column: Int?
    }

    public private(set) var source: String
    public private(set) var analysis: Analysis
    public private(set) var layout: GraphLayout
    /// Input values the learner set, by name; they outlast a change of graph.
    public private(set) var inputValues: [String: Double]
    public var selected: Int
    public var walkthrough: Walkthrough?
    /// Whether the learner must predict each step's number before it is shown.
    public var predicting = false
    /// The timer that plays the pass, while it plays.
    public var playing: Int?
    /// The last timer number handed out, so a stopped timer's late tick is told apart.
    var timers = 0
    public var dialog: Dialog?
    /// A one-line message about the last key, such as a prediction's verdict.
    public var message: String?
    /// Whether `z` switched the graph pane to the view it would not choose by itself: the
    /// overview where the detailed boxes fit, the detailed boxes (panned) where they do not.
    public var graphViewSwitched = false

    /// Parses and evaluates `source` at `inputs` (over its defaults), with `outputs` if given;
    /// throws the graph's first problem.
    public init(source: String, inputs: [String: Double] = [:], outputs: [String]? = nil) throws(GraphError) {
        let evaluation = try Evaluation(Graph(parsing: source, outputs: outputs), inputs: inputs)
        self.source = source
        analysis = Analysis(evaluation, pathLimit: Self.listedPaths)
        layout = Self.layout(for: analysis)
        inputValues = inputs
        selected = evaluation.graph.inputs.first ?? evaluation.graph.outputs[0]
    }

    public var graph: Graph { analysis.graph }
    public var evaluation: Evaluation { analysis.evaluation }
    /// What the learner has been shown so far.
    public var disclosure: Disclosure { Disclosure(analysis, walkthrough) }

    /// Replaces the graph, keeping the input values the learner set for names it still has.
    public mutating func load(source: String) throws(GraphError) {
        let graph = try Graph(parsing: source)
        let inputs = inputValues.filter { graph.index(of: $0.key).map { graph.operations[$0] == .input } ?? false }
        let evaluation = try Evaluation(graph, inputs: inputs)
        self.source = source
        inputValues = inputs
        walkthrough = nil
        playing = nil
        reanalyse(evaluation)
        selected = graph.inputs.first ?? graph.outputs[0]
    }

    /// Sets an input's value; every number, and the pass being stepped through, follows.
    public mutating func set(_ node: Int, to value: Double) {
        inputValues[graph.nodes[node].name] = value
        reanalyse(evaluation.setting(node, to: value))
    }

    /// How many paths per input the derivative table can list; the paths pass lists its own.
    static let listedPaths = 20

    private mutating func reanalyse(_ evaluation: Evaluation) {
        analysis = Analysis(evaluation, pathLimit: Self.listedPaths)
        layout = Self.layout(for: analysis)
        if let old = walkthrough {
            var new = Walkthrough(Pass(old.kind, evaluation))
            new.revealed = min(old.revealed, new.steps.count)
            walkthrough = new
        }
    }

    /// Boxes as wide as the widest text they can show during any pass; labels as wide as
    /// their text with the number filled in.
    private static func layout(for analysis: Analysis) -> GraphLayout {
        let widest = BoxText.widestTexts(analysis)
        return GraphLayout(
            analysis.graph,
            boxWidth: { widest[$0] + 4 },
            labelWidth: { EdgeLabel.text($0, analysis.evaluation, known: true).count })
    }
}
