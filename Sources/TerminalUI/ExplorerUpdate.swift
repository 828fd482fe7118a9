import Foundation
import GraphEngine
import TextCanvas
import Tutor
import Words

extension ExplorerState {
    /// How long the pass waits between steps while it plays, in seconds.
    static let playInterval = 1.0

    /// Applies one message; returns what must be done because of it.
    public mutating func update(_ message: Message) -> [Command] {
        switch message {
        case .input(let event): return handle(event)
        case .tick(let id): return id == playing ? playNextStep() : []
        case .fileRead(let path, let result): return loadFile(path, result)
        }
    }

    private mutating func handle(_ event: Event) -> [Command] {
        if event == .interrupt { return [.quit] }
        if case .resize = event { return [] }
        let wasPlaying = playing != nil
        playing = nil
        if dialog != nil { return updateDialog(event) }
        message = nil
        guard let action = Self.keys.action(for: event) else { return [] }
        switch action {
        case .quit: return [.quit]
        case .help: dialog = .help(page: 0)
        case .switchGraphView: graphViewSwitched.toggle()
        case .leavePass: walkthrough = nil
        case .move(let direction): if let next = layout.neighbor(of: selected, toward: direction) { selected = next }
        case .cycle(let offset): cycle(by: offset)
        case .start(let name): start(name)
        case .nextStep: stepForward()
        case .previousStep: step(to: (walkthrough?.revealed ?? 0) - 1)
        case .firstStep: step(to: 1)
        case .lastStep: step(to: walkthrough?.steps.count ?? 0)
        case .play: return wasPlaying ? stopped() : play()
        case .togglePredict:
            predicting.toggle()
            message = predicting ? ExplorerWords.current.predictOn : ExplorerWords.current.predictOff
        case .editValue:
            if let input = selectedInput(ExplorerWords.current.editNeedsInput) {
                dialog = .editValue(node: input, field: TextField(NumberFormat.plain(evaluation.values[input]), selectingAll: true), error: nil)
            }
        case .descend: openDescent()
        case .descendAgain: descend(steps: 10)
        case .undoDescent: undoDescent()
        case .newGraph:
            let line = Self.oneLine(source)
            graphHistory.begin(line)
            dialog = .newGraph(field: TextField(line), error: nil)
        }
        return []
    }

    private mutating func updateDialog(_ event: Event) -> [Command] {
        guard let dialog else { return [] }
        if event == .escape {
            self.dialog = nil
            return []
        }
        switch dialog {
        case .help(let page):
            self.dialog = HelpPages.page(after: event, on: page).map { .help(page: $0) }
        case .editValue(let node, var field, _):
            if event == .enter {
                guard let value = Double(field.text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                    self.dialog = .editValue(node: node, field: field, error: ExplorerWords.current.notFinite(field.text))
                    return []
                }
                self.dialog = nil
                set(node, to: value)
                message = ExplorerWords.current.valueSet(graph.nodes[node].name, NumberFormat.plain(value))
            } else if field.edit(event) {
                self.dialog = .editValue(node: node, field: field, error: nil)
            }
        case .newGraph(let field, _):
            switch Self.newGraphKey(event, field, history: &graphHistory) {
            case .edited(let field): self.dialog = .newGraph(field: field, error: nil)
            case .readFile(let path): return [.readGraphFile(path: path)]
            case .load(let text):
                do {
                    try open(text)
                    self.dialog = nil
                    message = ExplorerWords.current.newGraph(graph.varying.count)
                } catch {
                    self.dialog = .newGraph(field: field, error: FieldError(error))
                }
            case nil: break
            }
        case .descent(let form):
            updateDescent(event, form)
        case .descentResult:
            if [.enter, .character("q"), .character(" ")].contains(event) { self.dialog = nil }
            if event == .character("u") {
                self.dialog = nil
                undoDescent()
            }
        case .prediction(var field, _):
            if event == .enter {
                checkPrediction(field.text)
            } else if field.edit(event) {
                self.dialog = .prediction(field: field, error: nil)
            }
        }
        return []
    }

    /// The answer to a `@FILE` typed in the new-graph dialog: load the graph, or say why not.
    private mutating func loadFile(_ path: String, _ result: Result<String, IOFailure>) -> [Command] {
        guard case .newGraph(let field, _) = dialog else { return [] }
        do {
            try open(try result.get())
            dialog = nil
            message = ExplorerWords.current.newGraphFromFile(path, graph.varying.count)
        } catch {
            dialog = .newGraph(field: field, error: FieldError(error, file: path))
        }
        return []
    }

    /// Loads `text`, keeping the input values of names it still has; array text opens the
    /// explorer on array graphs in this one's place.
    private mutating func open(_ text: String) throws(GraphError) {
        do {
            try load(source: text)
        } catch where error.callsForArrays {
            var arrays = try ArrayExplorerState(source: text, notation: notation)
            arrays.graphHistory = graphHistory
            arrays.message = ExplorerWords.current.newGraph(arrays.boxes.count)
            request = .replace(.arrayExplorer(arrays))
        }
    }

    /// What a key in the new-graph dialog asks of either explorer.
    enum NewGraphKey {
        /// Show the field as it is now.
        case edited(TextField)
        /// Read the graph in a file, typed as `@FILE`.
        case readFile(String)
        /// Load the graph typed.
        case load(String)
    }

    /// What `event` in the new-graph dialog showing `field` asks: Enter loads the graph (or reads
    /// `@FILE`), Up and Down recall the graphs of this run, other keys edit; nil when it changes
    /// nothing.
    static func newGraphKey(_ event: Event, _ field: TextField, history: inout LineHistory) -> NewGraphKey? {
        if event == .enter {
            let text = field.text.trimmingCharacters(in: .whitespaces)
            return text.hasPrefix("@") ? .readFile(String(text.dropFirst())) : .load(field.text)
        }
        if event == .up || event == .down { return history.recall(event == .up ? .older : .newer, replacing: field.text).map { .edited(TextField($0)) } }
        var field = field
        return field.edit(event) ? .edited(field) : nil
    }

    private mutating func checkPrediction(_ text: String) {
        guard let step = walkthrough?.next else { dialog = nil; return }
        // Read as the quiz reads answers: numbers, fractions and small arithmetic.
        let guess: Double
        switch TypedAnswer(text, choices: 0) {
        case .number(let number): guess = number
        case .unreadable(let advice):
            dialog = .prediction(field: TextField(text), error: advice)
            return
        case .choice: return
        }
        dialog = nil
        walkthrough?.revealed += 1
        let value = NumberFormat.plain(step.value)
        let symbol = step.quantity.symbol(in: graph, notation)
        message = Grader.accepts(guess, answer: step.value) ? ExplorerWords.current.predictedRight(symbol, value) : ExplorerWords.current.predictedWrong(text, symbol, value)
    }

    private mutating func start(_ name: Pass.Name) {
        let kind: Pass.Kind
        switch name {
        case .forward: kind = .forward
        case .partials: kind = .partials
        case .reverse: kind = .reverse(output: chosenOutput)
        case .tangent:
            guard let input = selectedInput(ExplorerWords.current.tangentNeedsInput) else { return }
            kind = .tangent(input: input)
        case .paths:
            guard let input = selectedInput(ExplorerWords.current.pathsNeedsInput) else { return }
            kind = .paths(input: input, output: chosenOutput)
        }
        walkthrough = Walkthrough(Pass(kind, evaluation))
        message = ExplorerWords.current.passStarted(walkthrough!.steps.count)
    }

    private mutating func stepForward() {
        guard let walkthrough else {
            message = ExplorerWords.current.choosePass
            return
        }
        guard walkthrough.next != nil else {
            message = ExplorerWords.current.lastStep
            return
        }
        if predicting {
            dialog = .prediction(field: TextField(), error: nil)
        } else {
            step(to: walkthrough.revealed + 1)
        }
    }

    private mutating func step(to revealed: Int) {
        guard let count = walkthrough?.steps.count else { return }
        walkthrough?.revealed = max(0, min(count, revealed))
    }

    /// Starts playing the pass, from its start if it is over; the first step comes with the first tick.
    private mutating func play() -> [Command] {
        guard let walkthrough else {
            message = ExplorerWords.current.choosePassToPlay
            return []
        }
        guard !predicting else {
            message = ExplorerWords.current.predictBlocksPlay
            return []
        }
        if walkthrough.isFinished { self.walkthrough?.revealed = 0 }
        timers += 1
        playing = timers
        message = ExplorerWords.current.playing
        return [.tick(after: Self.playInterval, id: timers)]
    }

    private mutating func stopped() -> [Command] {
        message = ExplorerWords.current.stopped
        return []
    }

    private mutating func playNextStep() -> [Command] {
        step(to: (walkthrough?.revealed ?? 0) + 1)
        guard let walkthrough, !walkthrough.isFinished else {
            playing = nil
            message = ExplorerWords.current.lastStep
            return []
        }
        message = nil
        return [.tick(after: Self.playInterval, id: playing!)]
    }

    /// The output reverse mode and paths go to: the selected node if it is an output.
    private var chosenOutput: Int {
        graph.outputs.contains(selected) ? selected : graph.outputs[0]
    }

    /// The selected node if it is an input; otherwise nil, with a message saying `what` needs one.
    private mutating func selectedInput(_ what: String) -> Int? {
        if graph.operations[selected] == .input { return selected }
        let (words, inputs) = (ExplorerWords.current, ProblemWording.inputsPhrase(graph.inputNames))
        message = graph.inputs.isEmpty ? words.noInputToSelect(what, inputs) : words.selectAnInput(what, inputs)
        return nil
    }

    /// Tab order: the nodes with boxes, in topological order.
    private mutating func cycle(by offset: Int) {
        selected = Self.cycled(selected, in: graph.varying, by: offset)
    }

    /// The node `offset` places after `selected` in `order`, around at the ends.
    static func cycled(_ selected: Int, in order: [Int], by offset: Int) -> Int {
        guard let position = order.firstIndex(of: selected) else { return selected }
        return order[(position + offset + order.count) % order.count]
    }

    /// The graph text on one line, for editing: comments dropped, statements joined by `; `.
    static func oneLine(_ source: String) -> String {
        source.split(whereSeparator: \.isNewline)
            .map { line in line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}
