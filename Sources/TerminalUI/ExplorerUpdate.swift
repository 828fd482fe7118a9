import Foundation
import GraphEngine
import TextCanvas
import Tutor

extension ExplorerState {
    /// Applies one key or resize. Returns false when the explorer should quit.
    public mutating func update(_ event: Event) -> Bool {
        if event == .interrupt { return false }
        if case .resize = event { return true }
        if dialog != nil {
            updateDialog(event)
            return true
        }
        message = nil
        switch event {
        case .character("q"): return false
        case .character("?"): dialog = .help
        case .escape: walkthrough = nil
        case .up, .character("k"): move(.up)
        case .down, .character("j"): move(.down)
        case .left, .character("h"): move(.left)
        case .right, .character("l"): move(.right)
        case .tab: cycle(by: 1)
        case .backTab: cycle(by: -1)
        case .character("f"): start(.forward)
        case .character("t"): if let input = selectedInput("t starts forward mode") { start(.tangent(input: input)) }
        case .character("r"): start(.reverse(output: chosenOutput))
        case .character("s"): if let input = selectedInput("s sums the paths") { start(.paths(input: input, output: chosenOutput)) }
        case .character(" "), .character("n"): stepForward()
        case .backspace, .character("N"): step(to: (walkthrough?.revealed ?? 0) - 1)
        case .character("g"): step(to: 1)
        case .character("G"): step(to: walkthrough?.steps.count ?? 0)
        case .character("p"):
            predicting.toggle()
            message = predicting ? "predict mode: type each step's number before it is shown" : "predict mode off"
        case .character("e"):
            if let input = selectedInput("e edits an input's value") {
                dialog = .editValue(node: input, field: TextField(NumberFormat.plain(evaluation.values[input])), error: nil)
            }
        case .character(":"): dialog = .newGraph(field: TextField(Self.oneLine(source)), error: nil)
        default: break
        }
        return true
    }

    private mutating func updateDialog(_ event: Event) {
        guard let dialog else { return }
        if event == .escape {
            self.dialog = nil
            return
        }
        switch dialog {
        case .help:
            if event == .character("?") || event == .character("q") || event == .enter { self.dialog = nil }
        case .editValue(let node, var field, _):
            if event == .enter {
                guard let value = Double(field.text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                    self.dialog = .editValue(node: node, field: field, error: "'\(field.text)' is not a finite number")
                    return
                }
                self.dialog = nil
                set(node, to: value)
                message = "\(graph.nodes[node].name) = \(NumberFormat.plain(value)); every number follows"
            } else if field.edit(event) {
                self.dialog = .editValue(node: node, field: field, error: nil)
            }
        case .newGraph(var field, _):
            if event == .enter {
                do {
                    try load(source: field.text)
                    self.dialog = nil
                    message = "new graph: \(graph.count) nodes"
                } catch {
                    self.dialog = .newGraph(field: field, error: error)
                }
            } else if field.edit(event) {
                self.dialog = .newGraph(field: field, error: nil)
            }
        case .prediction(var field, _):
            if event == .enter {
                checkPrediction(field.text)
            } else if field.edit(event) {
                self.dialog = .prediction(field: field, error: nil)
            }
        }
    }

    /// How close a prediction must be: typing a few significant digits is enough.
    static func isClose(_ guess: Double, _ value: Double) -> Bool {
        guess == value || abs(guess - value) <= 0.005 * max(1, abs(value))
    }

    private mutating func checkPrediction(_ text: String) {
        guard let step = walkthrough?.next else { dialog = nil; return }
        guard let guess = Double(text.trimmingCharacters(in: .whitespaces)) else {
            dialog = .prediction(field: TextField(text), error: "type a number, such as 2 or -0.5")
            return
        }
        dialog = nil
        walkthrough?.revealed += 1
        let value = NumberFormat.plain(step.value)
        message = Self.isClose(guess, step.value) ? "✓ right: \(step.quantity) = \(value)" : "✗ you said \(text); \(step.quantity) = \(value)"
    }

    private mutating func start(_ pass: Walkthrough.Pass) {
        walkthrough = Walkthrough(pass, analysis: analysis)
        message = "\(walkthrough!.steps.count) steps: n or space for the next one"
    }

    private mutating func stepForward() {
        guard let walkthrough else {
            message = "choose a pass first: f forward values, t forward mode, r reverse mode, s paths"
            return
        }
        guard walkthrough.next != nil else {
            message = "that was the last step; g goes back to the first"
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

    /// The output reverse mode and paths go to: the selected node if it is an output.
    private var chosenOutput: Int {
        graph.outputs.contains(selected) ? selected : graph.outputs[0]
    }

    /// The selected node if it is an input; otherwise nil, with a message saying `what` needs one.
    private mutating func selectedInput(_ what: String) -> Int? {
        if graph.operations[selected] == .input { return selected }
        message = graph.inputs.isEmpty ? "\(what), but \(ProblemWording.inputsPhrase(graph.inputNames))"
            : "\(what) at the selected input: select one first (\(ProblemWording.inputsPhrase(graph.inputNames)))"
        return nil
    }

    private mutating func move(_ direction: GraphLayout.Direction) {
        if let next = layout.neighbor(of: selected, toward: direction) { selected = next }
    }

    /// Tab order: the nodes with boxes, in topological order.
    private mutating func cycle(by offset: Int) {
        let order = graph.nodes.indices.filter { graph.operations[$0] != .constant }
        guard let position = order.firstIndex(of: selected) else { return }
        selected = order[(position + offset + order.count) % order.count]
    }

    /// The graph text on one line, for editing: comments dropped, statements joined by `; `.
    static func oneLine(_ source: String) -> String {
        source.split(whereSeparator: \.isNewline)
            .map { line in line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}
