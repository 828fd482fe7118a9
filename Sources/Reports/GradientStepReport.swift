import GraphEngine
import TextCanvas
import Tutor
import Words

/// The report `eval --learning-rate` adds after the tables.
public enum GradientStepReport {
    /// A gradient-descent step: each parameter's old value, gradient and new value, and the
    /// loss before and after.
    public static func render(_ step: GradientDescentStep) -> String {
        let words = ReportWords.current
        let graph = step.before.graph
        let loss = graph.outputs[0]
        let lossName = graph.nodes[loss].name
        let rate = NumberFormat.plain(step.learningRate)
        var table = TextTable(header: [words.parameter, words.old, words.gradientColumn(lossName), words.newColumn(rate)])
        for (parameter, gradient) in zip(step.parameters, step.gradients) {
            table.add([graph.nodes[parameter].name, NumberFormat.plain(step.before.values[parameter]),
                       NumberFormat.plain(gradient), NumberFormat.plain(step.after.values[parameter])])
        }
        let computed = graph.nodes.indices.filter { graph.isNamed($0) && graph.operations[$0] != .input }
        let after = computed.map { "\(graph.nodes[$0].name) = \(NumberFormat.plain(step.after.values[$0]))" }
        return words.descentTitle(lossName, rate) + "\n" + table.rendered()
            + "\n  \(lossName): \(NumberFormat.plain(step.before.values[loss])) → \(NumberFormat.plain(step.after.values[loss]))"
            + "\n  " + words.afterTheStep + after.joined(separator: words.listSeparator)
    }
}
