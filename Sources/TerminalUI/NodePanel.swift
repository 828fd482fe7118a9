import GraphEngine
import TextCanvas

/// The panel about the selected node: what it computes, its value, the partials on its
/// incoming edges, its tangent and adjoint once computed, and what its backward step keeps.
enum NodePanel {
    static func lines(_ state: ExplorerState) -> [String] {
        let graph = state.graph
        let node = state.selected
        let name = graph.nodes[node].name
        let operation = graph.operations[node]
        let walkthrough = state.walkthrough
        var lines: [String] = []
        if operation == .input {
            lines.append("\(name): input (e edits its value)")
        } else {
            lines.append("\(name) = \(graph.formula(of: node))   [\(operation.symbol)]")
            if graph.formula(of: node).contains("%") { lines.append("written  " + graph.nodes[node].expression) }
        }
        let valueKnown = walkthrough?.pass != .forward || walkthrough?.number(for: node) != nil
        lines.append("value    " + (valueKnown ? NumberFormat.plain(state.evaluation.values[node]) : "?"))
        let incoming = graph.edges.filter { $0.target == node }
        if !incoming.isEmpty {
            lines.append("partials " + incoming.map { EdgeLabel.text($0, state.evaluation, known: valueKnown) }.joined(separator: "  "))
        }
        lines.append("tangent  " + tangent(state))
        lines.append("adjoint  " + adjoint(state))
        lines.append("backward keeps " + operation.remembers)
        return lines
    }

    /// The selected node's tangent for the input of the forward-mode pass, else for the node
    /// itself if it is an input, else for the first input.
    private static func tangent(_ state: ExplorerState) -> String {
        let analysis = state.analysis
        var input = state.graph.operations[state.selected] == .input ? state.selected : analysis.inputs.first
        var number: Double? = nil
        if let walkthrough = state.walkthrough, case .tangent(let seed) = walkthrough.pass {
            input = seed
            number = walkthrough.number(for: state.selected)
        } else if let input, !state.derivativesHidden {
            number = analysis.forward[analysis.inputs.firstIndex(of: input)!].tangents[state.selected]
        }
        guard let input else { return "-" }
        return BoxText.tangent(state.selected, input, number, state.graph)
    }

    /// The selected node's adjoint for the output of the reverse-mode pass (or the first output).
    private static func adjoint(_ state: ExplorerState) -> String {
        let analysis = state.analysis
        var output = analysis.outputs[0]
        var number: Double? = nil
        if let walkthrough = state.walkthrough, case .reverse(let seed) = walkthrough.pass {
            output = seed
            number = walkthrough.number(for: state.selected)
        } else if !state.derivativesHidden {
            number = analysis.reverse[0].adjoints[state.selected]
        }
        return BoxText.adjoint(state.selected, output, number, state.graph)
    }
}
