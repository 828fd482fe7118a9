import GraphEngine
import TextCanvas
import Tutor
import Words

/// What a key asks of the quiz screen.
public enum QuizAction: Equatable, Sendable {
    case submit, hint
    /// Step the worked solution on the graph back (-1) or on (+1).
    case solutionStep(Int)
    case next
    case help
    /// Back to the home screen.
    case leave
}

/// A quiz taken on the screen: the question beside its graph, the answer typed into a field,
/// hints, and after the answer the verdict and the worked solution played on the graph.
///
/// The graph pane is an explorer's, showing the question's view — a pass revealed up to just
/// before the number asked — so the answer is on no part of the screen before it is given.
/// After the answer it shows the solution's pass, one step at a time. An array question's
/// graph is drawn as blocks, the array asked about selected; after the answer, reverse mode
/// has reached it.
public struct QuizScreen: Sendable {
    public private(set) var quiz: Quiz
    /// The current question's graph, as the pane shows it.
    public private(set) var shown: ShownGraph
    /// The answer being typed.
    public private(set) var field = TextField()
    /// Why the last text typed was not an answer.
    public private(set) var problem: String?
    /// After an answer, which step of the solution the pane shows (an index into its steps).
    public private(set) var solutionStep = 0
    /// The help overlay's page, while it is open.
    public var helpPage: Int?

    public init(_ quiz: Quiz, notation: Notation = .marks) {
        self.quiz = quiz
        shown = quiz.current.map { Self.shown(for: $0, notation: notation) } ?? .scalar(try! ExplorerState(source: "x = 1", notation: notation))
    }

    /// The keys while a question waits for its answer; other printable keys are typed.
    public static var answerKeys: KeyTable<QuizAction> {
        typealias Binding = KeyBinding<QuizAction>
        let (words, help) = (QuizScreenWords.current, HelpWords.current)
        let submit = Binding("Enter", words.submitHelp, [.enter], .submit)
        let hint = Binding("h", words.hintHelp, [.character("h")], .hint)
        let helpKey = Binding("?", help.thisHelp, [.character("?")], .help)
        let leave = Binding("Esc", words.leaveKeepingHelp, [.escape], .leave)
        return KeyTable([submit, hint, helpKey, leave], footer: [
            .init(words.answerWord, [submit]), .init(words.hintWord, [hint]), .init(help.helpWord, [helpKey]), .init(words.leaveWord, [leave]),
        ])
    }

    /// The keys once a question is answered, and at the end.
    public static var reviewKeys: KeyTable<QuizAction> {
        typealias Binding = KeyBinding<QuizAction>
        let (words, help) = (QuizScreenWords.current, HelpWords.current)
        let steps = Binding("← → / N n", hint: "← →", words.solutionKeysHelp, [
            (.left, .solutionStep(-1)), (.character("N"), .solutionStep(-1)), (.right, .solutionStep(1)), (.character("n"), .solutionStep(1)),
        ])
        let next = Binding(help.enterOrSpace, hint: "Enter", words.nextQuestionHelp, [.enter, .character(" ")], .next)
        let helpKey = Binding("?", help.thisHelp, [.character("?")], .help)
        let leave = Binding(words.leaveKeys, hint: "q", words.leaveHelp, [.character("q"), .escape], .leave)
        return KeyTable([steps, next, helpKey, leave], footer: [
            .init(words.solutionWord, [steps]), .init(words.nextWord, [next]), .init(help.helpWord, [helpKey]), .init(words.leaveWord, [leave]),
        ])
    }

    /// The keys that apply now.
    public var keys: KeyTable<QuizAction> { quiz.isAnswered || quiz.isFinished ? Self.reviewKeys : Self.answerKeys }

    /// Applies `event`; returns the action for the app (leaving) if any, and whether a question
    /// was just graded (so the progress changed).
    public mutating func update(_ event: Event) -> (leave: Bool, graded: Bool) {
        if let page = helpPage {
            helpPage = HelpPages.page(after: event, on: page)
            return (false, false)
        }
        guard let action = keys.action(for: event) else {
            if !quiz.isAnswered && !quiz.isFinished && field.edit(event) { problem = nil }
            return (false, false)
        }
        switch action {
        case .submit:
            switch quiz.answer(field.text) {
            case .failure(let unreadable):
                problem = unreadable.reason
            case .success:
                problem = nil
                showSolution(step: quiz.current!.solution.steps.count - 1)
                return (false, true)
            }
        case .hint: _ = quiz.hint()
        case .solutionStep(let by): showSolution(step: solutionStep + by)
        case .next:
            if quiz.isFinished { return (true, false) }
            quiz.next()
            field = TextField()
            if let question = quiz.current { shown = Self.shown(for: question, notation: shown.notation) }
        case .help: helpPage = 0
        case .leave: return (true, false)
        }
        return (false, false)
    }

    /// Shows step `step` (clamped) of the current question's solution on the graph; on an
    /// array graph, reverse mode up to the last share of the array asked about.
    private mutating func showSolution(step: Int) {
        guard let solution = quiz.current?.solution else { return }
        solutionStep = min(max(0, step), max(0, solution.steps.count - 1))
        switch shown {
        case .scalar(var explorer):
            var walkthrough = Walkthrough(solution.pass)
            walkthrough.revealed = solution.steps.isEmpty ? 0 : solution.steps[solutionStep] + 1
            explorer.walkthrough = walkthrough
            shown = .scalar(explorer)
        case .blocks(var explorer):
            var walkthrough = BlockWalkthrough(BlockPass(.reverse(output: explorer.graph.outputs[0]), explorer.evaluation))
            walkthrough.revealed = (walkthrough.steps.lastIndex { $0.node == explorer.selected } ?? -1) + 1
            explorer.walkthrough = walkthrough
            shown = .blocks(explorer)
        }
    }

    /// The graph of `question` as the pane shows it while the question is asked.
    static func shown(for question: QuizQuestion, notation: Notation) -> ShownGraph {
        let graph = question.graph
        if let blocks = graph.blocks {
            var state = ArrayExplorerState(blocks, source: graph.source, notation: notation)
            state.selected = question.view.selected
            return .blocks(state)
        }
        // The generators' graphs parse and evaluate: they were evaluated to make the question.
        var state = try! ExplorerState(source: graph.source, inputs: graph.inputs, outputs: graph.outputs, notation: notation)
        if let kind = question.view.pass {
            var walkthrough = Walkthrough(Pass(kind, state.evaluation))
            walkthrough.revealed = question.view.revealed
            state.walkthrough = walkthrough
        }
        state.selected = question.view.selected
        return .scalar(state)
    }
}
