import GraphEngine
import TextCanvas
import Tutor
import Words

/// Gradient descent in the explorer on array graphs: the first output is the loss (its entries
/// summed), the chosen inputs — whole arrays — are the parameters. `d` asks for the learning
/// rate and the parameters and takes one update, `D` takes `manyUpdates` with the same
/// settings; the loss curve is drawn beside the node panel.
extension ArrayExplorerState {
    /// How many updates `D` takes.
    public static let manyUpdates = 100

    /// The inputs' names, in the graph's order.
    var inputNames: [String] { graph.inputNames }

    /// Opens the dialog for one update: the learning rate and the parameters last used.
    mutating func openDescent() {
        guard !graph.inputs.isEmpty else {
            message = ExplorerWords.current.descentNeedsInputs(ProblemWording.inputsPhrase(inputNames))
            return
        }
        dialog = .descent(DescentForm(descent, inputNames: inputNames))
    }

    /// Keys in the descent dialog: Tab moves between its fields, Enter takes the update.
    mutating func updateDescent(_ event: Event, _ form: DescentForm) {
        var form = form
        guard let settings = form.update(event, inputNames: inputNames) else {
            dialog = .descent(form)
            return
        }
        dialog = nil
        descent = settings
        descend(steps: 1)
    }

    /// Takes `steps` updates with the current settings, each from one reverse sweep at the
    /// values the last one left, and says what they did to the loss.
    mutating func descend(steps: Int) {
        guard !graph.inputs.isEmpty else { return openDescent() }
        let loss = graph.outputs[0]
        let parameters = descent.parameters.isEmpty ? graph.inputs : descent.parameters.compactMap(graph.index(of:))
        var evaluation = self.evaluation
        for _ in 0..<steps {
            evaluation = BlockGradientDescentStep(evaluation, loss: loss, parameters: parameters, learningRate: descent.learningRate).after
            losses.append(Self.loss(evaluation))
        }
        reevaluate(evaluation)
        let names = parameters.map { graph.nodes[$0].name }.joined(separator: " ")
        let (before, after) = (losses[losses.count - 1 - steps], losses[losses.count - 1])
        message = ArrayExplorerWords.current.descended(
            steps, NumberFormat.plain(descent.learningRate), names, graph.nodes[loss].name, NumberFormat.short(before), NumberFormat.short(after))
    }
}
