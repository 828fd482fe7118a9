import GraphEngine
import TextCanvas
import Tutor

/// Everything the explorer shows, as a value: the graph, the point it is evaluated at, the
/// selection, the pass being stepped through and any open dialog. `update` changes it;
/// `render` draws it. Nothing here touches the terminal.
public struct ExplorerState: Sendable {
    /// A dialog that takes the keyboard until it is closed.
    public enum Dialog: Equatable, Sendable {
        /// The `?` help, open at a page (counted from 0, and around as `?` goes on).
        case help(page: Int)
        /// Editing the value of an input node.
        case editValue(node: Int, field: TextField, error: String?)
        /// Typing a new graph, or `@FILE` to read one; `error` says why the last try failed.
        case newGraph(field: TextField, error: FieldError?)
        /// Predict mode: the learner's guess for the next step's number.
        case prediction(field: TextField, error: String?)
        /// Gradient descent's learning rate and parameters, one of them being edited.
        case descent(DescentForm)
        /// What a run of gradient-descent steps did.
        case descentResult(DescentRun)
    }

    /// Why what was typed into a field was refused, and at which column of it, if at one.
    public struct FieldError: Equatable, Sendable {
        public let message: String
        public let column: Int?

        public init(message: String, column: Int?) {
            self.message = message
            self.column = column
        }

        /// Why a graph read from the new-graph dialog, or from `file`, was refused: typed, at
        /// a column of the field; read, with the file, line and column before the problem.
        init(_ error: Error, file: String? = nil) {
            switch error {
            case let failure as IOFailure:
                self.init(message: failure.message, column: nil)
            case let error as GraphError:
                let problem = ProblemWording.describe(error.problem, inputHint: .screen)
                guard let file else {
                    self.init(message: problem, column: error.location?.column)
                    return
                }
                self.init(message: (error.location.map { "\(file):\($0): " } ?? "\(file): ") + problem, column: nil)
            default:
                self.init(message: "\(error)", column: nil)
            }
        }
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
    /// The graphs of this run as one line each, for Up and Down in the new-graph dialog.
    var graphHistory = LineHistory()
    /// A one-line message about the last key, such as a prediction's verdict.
    public var message: String?
    /// The gradient-descent settings last used.
    public var descent = DescentSettings()
    /// The input values before each gradient-descent run, the last one last, for `u`.
    var undoStack: [[String: Double]] = []
    /// How tangents and adjoints are written: marks, or words for ASCII terminals.
    public let notation: Notation
    /// Whether `z` switched the graph pane to the view it would not choose by itself: the
    /// overview where the detailed boxes fit, the detailed boxes (panned) where they do not.
    public var graphViewSwitched = false
    /// The view a lesson step asks for, whatever fits; nil to choose by fit (and `z`).
    public var fixedView: LessonView.GraphView?
    /// A screen for the app to open instead of this one, once: an array graph typed with `:`.
    public internal(set) var request: ScreenRequest?

    /// Parses and evaluates `source` at `inputs` (over its defaults), with `outputs` if given;
    /// throws the graph's first problem.
    public init(source: String, inputs: [String: Double] = [:], outputs: [String]? = nil, notation: Notation = .marks) throws(GraphError) {
        self.init(try Evaluation(Graph(parsing: source, outputs: outputs), inputs: inputs), source: source, inputs: inputs, notation: notation)
    }

    /// Explores `evaluation`, a graph made elsewhere (a block graph lowered to scalars), whose
    /// text for the new-graph dialog is `source`.
    public init(_ evaluation: Evaluation, source: String = "", inputs: [String: Double] = [:], notation: Notation = .marks) {
        self.source = source
        self.notation = notation
        analysis = Analysis(evaluation, pathLimit: Self.listedPaths)
        layout = Self.layout(for: analysis, notation)
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
        // Gradient descent's parameters and its undo belong to the old graph's inputs.
        descent.parameters = []
        undoStack = []
        reanalyse(evaluation)
        selected = graph.inputs.first ?? graph.outputs[0]
    }

    /// Sets an input's value; every number, and the pass being stepped through, follows.
    public mutating func set(_ node: Int, to value: Double) {
        set([(node, value)])
    }

    /// Sets several inputs' values at once.
    public mutating func set(_ values: [(node: Int, value: Double)]) {
        var evaluated = evaluation.values
        for (node, value) in values {
            inputValues[graph.nodes[node].name] = value
            evaluated[node] = value
        }
        reanalyse(Evaluation(graph, values: evaluated))
    }

    /// How many paths per input the derivative table can list; the paths pass lists its own.
    static let listedPaths = 20

    private mutating func reanalyse(_ evaluation: Evaluation) {
        analysis = Analysis(evaluation, pathLimit: Self.listedPaths)
        layout = Self.layout(for: analysis, notation)
        if let old = walkthrough {
            var new = Walkthrough(Pass(old.kind, evaluation))
            new.revealed = min(old.revealed, new.steps.count)
            walkthrough = new
        }
    }

    /// Boxes as wide as the widest text they can show during any pass; labels as wide as
    /// their text with the number filled in.
    private static func layout(for analysis: Analysis, _ notation: Notation) -> GraphLayout {
        let widest = BoxText.widestTexts(analysis, notation)
        return GraphLayout(
            analysis.graph,
            boxWidth: { widest[$0] + 4 },
            labelWidth: { EdgeLabel.text($0, analysis.evaluation, known: true).displayWidth })
    }
}
