import GraphEngine
import TextCanvas
import Tutor
import Words

/// What a key asks of the lesson player.
public enum LessonAction: Equatable, Sendable {
    case next, previous, first, last
    case scrollUp, scrollDown
    /// Explore the current step's graph freely; Esc comes back.
    case explore
    case help
    /// Back to the home screen.
    case home
}

/// A lesson being played: its script, the step shown, and the graph as that step shows it —
/// an explorer's state, so the graph pane, the table and predict mode are the explorer's own,
/// and an array graph's blocks, block pass and node panel the array explorer's.
public struct LessonPlayer: Sendable {
    public let script: LessonScript
    /// The step shown, from 0.
    public private(set) var index: Int
    /// The current step's graph, pass and selection.
    public private(set) var shown: ShownGraph
    /// How far the prose is scrolled, in rows.
    public var scroll = 0
    /// The help overlay's page, while it is open.
    public var helpPage: Int?
    /// The current step's prose, parsed once (its marks spelled for the notation).
    private(set) var prose: [Prose.Block]

    /// The lesson at step `index` (clamped to its steps).
    public init(_ script: LessonScript, at index: Int = 0, notation: Notation = .marks) {
        self.script = script
        self.index = min(max(0, index), script.frames.count - 1)
        shown = ShownGraph(showing: script.frames[self.index], notation: notation)
        prose = Self.prose(script.frames[self.index], notation)
    }

    private static func prose(_ frame: LessonScript.Frame, _ notation: Notation) -> [Prose.Block] {
        Prose.blocks(notation.spelled(frame.prose))
    }

    public var frame: LessonScript.Frame { script.frames[index] }
    public var isLastStep: Bool { index == script.frames.count - 1 }

    /// The keys of the lesson screen, as `update`, the help and the footer read them, in the
    /// language being spoken.
    public static var keys: KeyTable<LessonAction> {
        typealias Binding = KeyBinding<LessonAction>
        let (words, help) = (LessonScreenWords.current, HelpWords.current)
        let next = Binding(help.spaceOrN, hint: words.spaceHint, help.nextStep, [.character(" "), .character("n"), .right, .enter], .next)
        let previous = Binding(help.backspaceOrN, hint: "Backspace", help.previousStep, [.backspace, .character("N"), .left], .previous)
        let ends = Binding("g / G", help.firstOrLastStep, [(.character("g"), .first), (.character("G"), .last)])
        let scroll = Binding("↑ ↓", words.scrollHelp, [(.up, .scrollUp), (.down, .scrollDown)])
        let explore = Binding("x", words.exploreHelp, [.character("x")], .explore)
        let helpKey = Binding("?", help.thisHelp, [.character("?")], .help)
        let home = Binding("q", words.homeHelp, [.character("q"), .escape], .home)
        return KeyTable(
            [next, previous, ends, scroll, explore, helpKey, home],
            footer: [
                .init(words.nextWord, [next]), .init(words.backWord, [previous]), .init(words.exploreWord, [explore], optional: true),
                .init(help.helpWord, [helpKey]), .init(words.lessonsWord, [home]),
            ])
    }

    /// Applies `message`; returns the action for the app (leaving, exploring) if any, and the
    /// commands to perform.
    public mutating func update(_ message: Message) -> (action: LessonAction?, commands: [Command]) {
        guard case .input(let event) = message else { return (nil, shown.update(message)) }
        if let page = helpPage {
            helpPage = HelpPages.page(after: event, on: page)
            return (nil, [])
        }
        // A prediction being typed takes the keys, as in the explorer.
        if shown.isPredicting { return (nil, shown.update(message)) }
        guard let action = Self.keys.action(for: event) else { return (nil, []) }
        switch action {
        case .next: show(index + 1)
        case .previous: show(index - 1)
        case .first: show(0)
        case .last: show(script.frames.count - 1)
        case .scrollUp: scroll = max(0, scroll - 1)
        case .scrollDown: scroll = min(scroll + 1, maximumScroll)
        case .help: helpPage = 0
        case .explore, .home: return (action, [])
        }
        return (nil, [])
    }

    /// How far the prose can scroll: its rows at the narrowest width the screen gives it (70
    /// columns), less one, so the text never scrolls out of sight whatever the width.
    var maximumScroll: Int {
        max(0, ProsePane(blocks: prose).rows(width: Self.narrowestProse).count - 1)
    }

    /// The prose pane's width on the smallest screen the lesson draws in.
    static let narrowestProse = minimumSize.width * 11 / 20 - 2

    /// Shows step `index` (clamped), with its prose from the top.
    mutating func show(_ index: Int) {
        let clamped = min(max(0, index), script.frames.count - 1)
        guard clamped != self.index else { return }
        self.index = clamped
        scroll = 0
        shown = ShownGraph(showing: frame, notation: shown.notation)
        prose = Self.prose(frame, shown.notation)
    }
}

extension ExplorerState {
    /// The graph as a lesson step shows it: its graph at its values, its pass revealed so far,
    /// its selection and view, and for a prediction the prompt open.
    init(showing frame: LessonScript.Frame, notation: Notation) {
        let graph = frame.step.graph
        // The script has evaluated this graph at these values already: it cannot fail here.
        self = try! ExplorerState(source: graph.text, inputs: frame.scalarInputs, outputs: graph.outputs, notation: notation)
        if let selected = frame.selected { self.selected = selected }
        if let kind = frame.pass {
            var walkthrough = Walkthrough(Pass(kind, evaluation))
            walkthrough.revealed = frame.revealed
            self.walkthrough = walkthrough
        }
        fixedView = frame.step.show.view
        if frame.step.predict {
            predicting = true
            dialog = .prediction(field: TextField(), error: nil)
        }
    }
}

extension ArrayExplorerState {
    /// The array graph as a lesson step shows it: at the step's values, its block pass revealed
    /// so far, its selection, and the loss curve and gradient-descent settings of the lesson's
    /// descent so far, so `d` and `D` go on from there.
    init(showing frame: LessonScript.Frame, notation: Notation) {
        // Only an array graph's frame has blocks; `ShownGraph` asks for this one only then.
        self.init(frame.blocks!, source: frame.step.graph.text, notation: notation)
        if let selected = frame.selected { self.selected = selected }
        if let kind = frame.blockPass {
            walkthrough = BlockWalkthrough(BlockPass(kind, evaluation))
            walkthrough?.revealed = frame.revealed
        }
        losses = frame.losses
        if let descent = frame.lastDescent { self.descent = DescentSettings(learningRate: descent.learningRate, parameters: descent.parameters) }
    }
}

extension ShownGraph {
    /// Whether a prediction is being typed, which takes the keys.
    var isPredicting: Bool {
        if case .scalar(let explorer) = self { return explorer.dialog != nil }
        return false
    }

    /// Hands `message` to a scalar graph's explorer (a prediction typed, a timer's tick); an
    /// array graph in a lesson takes none.
    mutating func update(_ message: Message) -> [Command] {
        guard case .scalar(var explorer) = self else { return [] }
        let commands = explorer.update(message)
        self = .scalar(explorer)
        return commands
    }
}
