import GraphEngine
import Tutor

/// The panel about one node: what it computes, its value, the partials on its incoming edges,
/// its tangent and adjoint once shown, and what its backward step keeps.
enum NodePanel {
    static func lines(_ node: Int, _ disclosure: Disclosure) -> [String] {
        let analysis = disclosure.analysis
        let graph = analysis.graph
        let name = graph.nodes[node].name
        let operation = graph.operations[node]
        var lines: [String] = []
        if operation == .input {
            lines.append("\(name): input (e edits its value)")
        } else {
            lines.append("\(name) = \(graph.formula(of: node))   [\(operation.symbol)]")
            if graph.formula(of: node).contains("%") { lines.append("written  " + graph.nodes[node].expression) }
        }
        let value = disclosure.value(node)
        lines.append("value    " + (value.map(NumberFormat.plain) ?? "?"))
        let incoming = graph.edges.filter { $0.target == node }
        if !incoming.isEmpty {
            lines.append("partials " + incoming.map { EdgeLabel.text($0, analysis.evaluation, known: value != nil) }.joined(separator: "  "))
        }
        lines.append("tangent  " + (tangent(node, disclosure).map { BoxText.text($0, disclosure.number($0), graph) } ?? "-"))
        let adjoint = Quantity.adjoint(node, output: adjointOutput(disclosure))
        lines.append("adjoint  " + BoxText.text(adjoint, disclosure.number(adjoint), graph))
        lines.append("backward keeps " + operation.remembers)
        return lines
    }

    /// The node's tangent for the input of the forward-mode pass, else for the node itself if
    /// it is an input, else for the first input; nil when the graph has no input.
    private static func tangent(_ node: Int, _ disclosure: Disclosure) -> Quantity? {
        let graph = disclosure.analysis.graph
        if case .tangent(let input) = disclosure.walkthrough?.kind { return .tangent(node, input: input) }
        let input = graph.operations[node] == .input ? node : disclosure.analysis.inputs.first
        return input.map { .tangent(node, input: $0) }
    }

    /// The output of the reverse-mode pass, else the first output.
    private static func adjointOutput(_ disclosure: Disclosure) -> Int {
        if case .reverse(let output) = disclosure.walkthrough?.kind { return output }
        return disclosure.analysis.outputs[0]
    }
}
