import Foundation
import GraphEngine
import TextCanvas
import Tutor
import Words

/// Gradient descent in the explorer: the output is the loss, the chosen inputs are the
/// parameters, and `d` takes one step (asking for the learning rate and the parameters), `D`
/// ten more with the same settings, `u` undoes the last run.
public struct DescentSettings: Equatable, Sendable {
    public var learningRate = 0.1
    /// The parameters by name; empty means every input.
    public var parameters: [String] = []
}

/// What a run of gradient-descent steps did, for the dialog that shows it.
public struct DescentRun: Equatable, Sendable {
    public let steps: Int
    public let learningRate: Double
    public let lossName: String
    /// Each parameter's name, value before the run, gradient at the start and value after it.
    public let parameters: [(name: String, old: Double, gradient: Double, new: Double)]
    public let lossBefore: Double
    public let lossAfter: Double

    public static func == (a: DescentRun, b: DescentRun) -> Bool {
        a.steps == b.steps && a.learningRate == b.learningRate && a.lossName == b.lossName && a.lossBefore == b.lossBefore
            && a.lossAfter == b.lossAfter && a.parameters.elementsEqual(b.parameters) { $0 == $1 }
    }

    /// The dialog's lines: a table of the parameters, then the loss before and after.
    var lines: [String] {
        let words = ExplorerWords.current
        let gradient = steps > 1 ? words.gradientAtFirstColumn(lossName) : words.gradientColumn(lossName)
        var table = TextTable(header: ["w", words.oldColumn, gradient, words.newColumn])
        for parameter in parameters {
            table.add([parameter.name, NumberFormat.short(parameter.old), NumberFormat.short(parameter.gradient), NumberFormat.short(parameter.new)])
        }
        let rate = NumberFormat.plain(learningRate)
        let rule = steps == 1 ? words.updateRuleOnce(rate, lossName) : words.updateRuleRepeated(rate, lossName, steps)
        return [rule] + table.rendered(indent: 0).split(separator: "\n").map(String.init)
            + ["\(lossName): \(NumberFormat.plain(lossBefore)) → \(NumberFormat.plain(lossAfter))"]
    }
}

extension ExplorerState {
    /// Opens the dialog for one step: the learning rate (selected, so typing replaces it) and
    /// the parameters, every input unless chosen before.
    mutating func openDescent() {
        guard !graph.inputs.isEmpty else {
            message = ExplorerWords.current.descentNeedsInputs(ProblemWording.inputsPhrase(graph.inputNames))
            return
        }
        dialog = .descent(DescentForm(descent, inputNames: graph.inputNames))
    }

    /// Keys in the descent dialog: Tab moves between its fields, Enter takes the step.
    mutating func updateDescent(_ event: Event, _ form: DescentForm) {
        var form = form
        guard let settings = form.update(event, inputNames: graph.inputNames) else {
            dialog = .descent(form)
            return
        }
        descent = settings
        descend(steps: 1)
    }

    /// Takes `steps` steps with the current settings, shows what they did, and keeps the old
    /// values for `u`.
    mutating func descend(steps: Int) {
        guard !graph.inputs.isEmpty else { return openDescent() }
        let loss = graph.outputs[0]
        let parameters = descent.parameters.isEmpty ? graph.inputs
            : descent.parameters.compactMap(graph.index(of:)).filter { graph.operations[$0] == .input }
        var evaluation = self.evaluation
        var firstGradients: [Double] = []
        for _ in 0..<steps {
            let step = GradientDescentStep(evaluation, loss: loss, parameters: parameters, learningRate: descent.learningRate)
            if firstGradients.isEmpty { firstGradients = step.gradients }
            evaluation = step.after
        }
        let before = self.evaluation
        undoStack.append(Dictionary(uniqueKeysWithValues: graph.inputs.map { (graph.nodes[$0].name, before.values[$0]) }))
        set(parameters.map { ($0, evaluation.values[$0]) })
        dialog = .descentResult(DescentRun(
            steps: steps, learningRate: descent.learningRate, lossName: graph.nodes[loss].name,
            parameters: parameters.indices.map { i in
                (graph.nodes[parameters[i]].name, before.values[parameters[i]], firstGradients[i], self.evaluation.values[parameters[i]])
            },
            lossBefore: before.values[loss], lossAfter: self.evaluation.values[loss]))
    }

    /// Puts back the input values from before the last run.
    mutating func undoDescent() {
        guard let values = undoStack.popLast() else {
            message = ExplorerWords.current.nothingToUndo
            return
        }
        set(graph.inputs.compactMap { node in values[graph.nodes[node].name].map { (node, $0) } })
        let loss = graph.outputs[0]
        message = ExplorerWords.current.undone(graph.nodes[loss].name, NumberFormat.plain(evaluation.values[loss]))
    }
}
