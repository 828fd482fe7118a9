import GraphEngine

/// One lesson of the course, as its file describes it: a title, a graph, and the steps a
/// learner goes through, each with its prose and what the graph pane shows.
public struct Lesson: Sendable {
    /// The file's name without its extension, such as `04-computational-graphs`: the lesson's
    /// key in the progress store.
    public let id: String
    /// Where it was read from, for messages: a path, or the embedded name.
    public let file: String
    public let title: String
    /// One line for the home screen.
    public let summary: String
    public let steps: [LessonStep]

    /// The lesson's number in the course: the digits its id starts with.
    public var number: Int? { Int(id.prefix { $0.isNumber }) }
}

/// One step of a lesson.
public struct LessonStep: Sendable {
    /// The prose, in the lesson Markdown subset, with `{{…}}` placeholders the engine fills.
    public let text: String
    /// The graph this step is about, and its outputs if named.
    public let graph: LessonGraph
    /// What the graph pane shows.
    public let show: LessonView
    /// Whether the learner predicts the number of the pass's next step before it is shown.
    public let predict: Bool
    /// Gradient descent taken before this step is shown, if any; its effect carries on to the
    /// steps after it.
    public let descent: LessonDescent?
    /// Whether the pane shows the loss curve of the descent so far instead of the table.
    public let plot: Bool
    /// Where the step starts in its file, for messages.
    public let line: Int
    /// The file line of the text's first line.
    public let textLine: Int
}

/// A lesson's graph: the text and the outputs named, if any.
public struct LessonGraph: Equatable, Sendable {
    public let text: String
    /// The outputs by name; nil for the default, the last name assigned a computation.
    public let outputs: [String]?
    /// Where the graph text starts in the lesson file (its first line), for messages.
    public let line: Int
}

/// What the graph pane shows at a step: a pass and how far it has gone, the selected node, and
/// the view.
public struct LessonView: Equatable, Sendable {
    /// A pass, with the nodes it starts from by name.
    public enum PassSpec: Equatable, Sendable {
        case forward, partials
        case tangent(input: String)
        case reverse(output: String?)
        case paths(input: String, output: String?)
    }

    /// How many of the pass's steps are shown.
    public enum StepsShown: Equatable, Sendable {
        case steps(Int)
        case all
    }

    public enum GraphView: String, Equatable, Sendable {
        case detail, overview
    }

    public var pass: PassSpec?
    public var stepsShown: StepsShown = .all
    /// The node to select, by name.
    public var select: String?
    public var view: GraphView?

    public init(pass: PassSpec? = nil, stepsShown: StepsShown = .all, select: String? = nil, view: GraphView? = nil) {
        self.pass = pass
        self.stepsShown = stepsShown
        self.select = select
        self.view = view
    }
}

/// Gradient descent a lesson step takes: `steps` steps of `learningRate` on the output as the
/// loss, with `parameters` (every input when empty).
public struct LessonDescent: Equatable, Sendable {
    public let learningRate: Double
    public let steps: Int
    public let parameters: [String]
}
