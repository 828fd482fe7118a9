import GraphEngine
import TextCanvas
import Tutor

/// The report `eval --learning-rate` adds after the tables.
public enum GradientStepReport {
    /// A gradient-descent step: each parameter's old value, gradient and new value, and the
    /// loss before and after.
    public static func render(_ step: GradientDescentStep) -> String {
        let graph = step.before.graph
        let loss = graph.outputs[0]
        let lossName = graph.nodes[loss].name
        var table = TextTable(header: ["parameter", "old", "d\(lossName)/dparameter", "new = old - \(NumberFormat.plain(step.learningRate))·gradient"])
        for (parameter, gradient) in zip(step.parameters, step.gradients) {
            table.add([graph.nodes[parameter].name, NumberFormat.plain(step.before.values[parameter]),
                       NumberFormat.plain(gradient), NumberFormat.plain(step.after.values[parameter])])
        }
        let computed = graph.nodes.indices.filter { graph.isNamed($0) && graph.operations[$0] != .input }
        let after = computed.map { "\(graph.nodes[$0].name) = \(NumberFormat.plain(step.after.values[$0]))" }
        return "one gradient-descent step on \(lossName), learning rate \(NumberFormat.plain(step.learningRate))\n" + table.rendered()
            + "\n  \(lossName): \(NumberFormat.plain(step.before.values[loss])) → \(NumberFormat.plain(step.after.values[loss]))"
            + "\n  after the step: " + after.joined(separator: ", ")
    }
}
