import Foundation
import GraphEngine
import TextCanvas
import Tutor
import Words

extension ArrayExplorerState {
    /// Applies one message; returns what must be done because of it.
    public mutating func update(_ message: Message) -> [Command] {
        switch message {
        case .input(let event): return handle(event)
        case .tick: return []
        case .fileRead(let path, let result): return loadFile(path, result)
        }
    }

    private mutating func handle(_ event: Event) -> [Command] {
        if event == .interrupt { return [.quit] }
        if case .resize = event { return [] }
        if dialog != nil { return updateDialog(event) }
        message = nil
        guard let action = Self.keys.action(for: event) else { return [] }
        switch action {
        case .quit: return [.quit]
        case .help: dialog = .help(page: 0)
        case .leavePass: walkthrough = nil
        case .move(let direction): if let next = layout.neighbor(of: selected, toward: direction) { selected = next }
        case .cycle(let offset): cycle(by: offset)
        case .forward: start(.forward)
        case .reverse: start(.reverse(output: graph.outputs.contains(selected) ? selected : graph.outputs[0]))
        case .nextStep: stepForward()
        case .previousStep: step(to: (walkthrough?.revealed ?? 0) - 1)
        case .firstStep: step(to: 1)
        case .lastStep: step(to: walkthrough?.steps.count ?? 0)
        case .expand: expand()
        case .edit: openEdit()
        case .descend: openDescent()
        case .descendMany: descend(steps: Self.manyUpdates)
        case .newGraph:
            let line = ExplorerState.oneLine(source)
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
        case .newGraph(let field, _):
            switch ExplorerState.newGraphKey(event, field, history: &graphHistory) {
            case .edited(let field): self.dialog = .newGraph(field: field, error: nil)
            case .readFile(let path): return [.readGraphFile(path: path)]
            case .load(let text):
                do {
                    try open(text)
                    self.dialog = nil
                    message = ExplorerWords.current.newGraph(boxes.count)
                } catch {
                    self.dialog = .newGraph(field: field, error: ExplorerState.FieldError(error))
                }
            case nil: break
            }
        case .editArray(let node, var field, _):
            if event == .enter {
                setArray(node, typed: field)
            } else if field.edit(event) {
                self.dialog = .editArray(node: node, field: field, error: nil)
            }
        case .descent(let form):
            updateDescent(event, form)
        }
        return []
    }

    /// Opens the dialog for the selected input's array, holding its value as graph text writes it.
    private mutating func openEdit() {
        guard graph.nodes[selected].operation == .input else {
            let (words, inputs) = (ExplorerWords.current, ProblemWording.inputsPhrase(inputNames))
            message = words.selectAnInput(words.editNeedsInput, inputs)
            return
        }
        dialog = .editArray(node: selected, field: TextField(evaluation.value(selected).description, selectingAll: true), error: nil)
    }

    /// Sets `node` to the array typed in `field`, if it reads as one of its shape; else keeps
    /// the dialog open saying what is wrong, and where.
    private mutating func setArray(_ node: Int, typed field: TextField) {
        let block = graph.nodes[node]
        let value: ArrayValue
        do {
            value = try ArrayValue(parsing: field.text)
        } catch {
            dialog = .editArray(node: node, field: field, error: ExplorerState.FieldError(error))
            return
        }
        guard value.shape == block.shape else {
            let message = ArrayExplorerWords.current.wrongShape(block.name, block.shape, field.text.trimmingCharacters(in: .whitespaces), value.shape)
            dialog = .editArray(node: node, field: field, error: ExplorerState.FieldError(message: message, column: nil))
            return
        }
        dialog = nil
        reevaluate(evaluation.setting(node, to: value))
        losses = [Self.loss(evaluation)]
        message = ExplorerWords.current.valueSet(block.name, value.description)
    }

    /// The answer to a `@FILE` typed in the new-graph dialog: load the graph, or say why not.
    private mutating func loadFile(_ path: String, _ result: Result<String, IOFailure>) -> [Command] {
        guard case .newGraph(let field, _) = dialog else { return [] }
        do {
            try open(try result.get())
            dialog = nil
            message = ExplorerWords.current.newGraphFromFile(path, boxes.count)
        } catch {
            dialog = .newGraph(field: field, error: ExplorerState.FieldError(error, file: path))
        }
        return []
    }

    /// Loads `text`: text the scalar language reads opens the scalar explorer in this one's
    /// place, as `graphtutor explore` would; array text replaces this graph.
    private mutating func open(_ text: String) throws(GraphError) {
        do {
            var scalar = try ExplorerState(source: text, notation: notation)
            scalar.graphHistory = graphHistory
            scalar.message = ExplorerWords.current.newGraph(scalar.graph.varying.count)
            request = .replace(.explorer(scalar))
        } catch where error.callsForArrays {
            try load(source: text)
        }
    }

    private mutating func start(_ kind: BlockPass.Kind) {
        walkthrough = BlockWalkthrough(BlockPass(kind, evaluation))
        message = ExplorerWords.current.passStarted(walkthrough!.steps.count)
    }

    private mutating func stepForward() {
        guard let walkthrough else {
            message = ArrayExplorerWords.current.choosePass
            return
        }
        guard !walkthrough.isFinished else {
            message = ExplorerWords.current.lastStep
            return
        }
        step(to: walkthrough.revealed + 1)
    }

    private mutating func step(to revealed: Int) {
        guard let count = walkthrough?.steps.count else { return }
        walkthrough?.revealed = max(0, min(count, revealed))
    }

    /// Tab order: the blocks with boxes, in topological order.
    private mutating func cycle(by offset: Int) {
        selected = ExplorerState.cycled(selected, in: boxes, by: offset)
    }

    /// The most scalar nodes a lowered graph has for `x` to show the whole of it; a larger one
    /// shows the selected block's neighbourhood.
    static let wholeGraphExpansion = 30

    /// Opens the scalar explorer over this one: on the whole graph, entry by entry, when that is
    /// small; else on the selected block with its operands' entries as inputs and the rest of
    /// the graph standing in as `L = sum(h ⊙ dL/dh)`, so its adjoints are the block rules' numbers.
    private mutating func expand() {
        let words = ArrayExplorerWords.current
        let output = if case .reverse(let output) = walkthrough?.kind { output } else { graph.outputs[0] }
        let (name, loss) = (graph.nodes[selected].name, graph.nodes[output].name)
        // Every entry of every block is a node of the lowered graph, so a graph with more entries
        // than that is not lowered only to be counted.
        if graph.varying.reduce(0, { $0 + graph.nodes[$1].shape.count }) <= Self.wholeGraphExpansion {
            let whole = BlockLowering(evaluation)
            if whole.graph.varying.count <= Self.wholeGraphExpansion {
                return push(whole, message: words.expandedGraph(whole.graph.varying.count))
            }
        }
        guard graph.nodes[selected].operation != .input else {
            message = words.expandNeedsBlock(name)
            return
        }
        let adjoint = BlockAdjointSweep(evaluation, output: output).adjoints[selected]
        let lowering = BlockLowering(evaluation.neighbourhood(of: selected, adjoint: adjoint, named: loss))
        push(lowering, message: selected == output ? words.expandedGraph(lowering.graph.varying.count) : words.expandedBlock(name, loss, notation.total(loss, name)))
    }

    /// Asks for the scalar explorer on `lowering` over this one, saying `message`.
    private mutating func push(_ lowering: BlockLowering, message: String) {
        var explorer = ExplorerState(lowering.evaluation, notation: notation)
        explorer.message = message
        request = .push(.explorer(explorer))
    }
}
