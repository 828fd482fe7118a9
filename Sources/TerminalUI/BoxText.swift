import GraphEngine
import TextCanvas

/// What a node's box says: its operation in the top border, and in the middle the number the
/// current pass is about — value, tangent or adjoint — or `?` until the pass reveals it.
enum BoxText {
    static func title(_ node: Int, _ graph: Graph) -> String {
        graph.operations[node] == .input ? "input" : graph.formula(of: node)
    }

    static func body(_ node: Int, _ state: ExplorerState) -> String {
        let graph = state.graph
        guard let walkthrough = state.walkthrough else { return value(node, state.evaluation.values[node], graph) }
        switch walkthrough.pass {
        case .forward: return value(node, walkthrough.number(for: node), graph)
        case .tangent(let input): return tangent(node, input, walkthrough.number(for: node), graph)
        case .reverse(let output): return adjoint(node, output, walkthrough.number(for: node), graph)
        case .paths: return value(node, state.evaluation.values[node], graph)
        }
    }

    /// For every node, the widest text its box may show during any pass — including the
    /// running sums a sweep shows before a node has all its contributions — so boxes are sized
    /// once and never cut a number.
    static func widestTexts(_ analysis: Analysis) -> [Int] {
        let graph = analysis.graph
        let evaluation = analysis.evaluation
        var widest = graph.nodes.indices.map { max(title($0, graph).count, value($0, evaluation.values[$0], graph).count) }
        func fit(_ text: String, _ node: Int) { widest[node] = max(widest[node], text.count) }
        for (input, sweep) in zip(analysis.inputs, analysis.forward) {
            for (edge, total) in sweep.contributions(evaluation) { fit(tangent(edge.target, input, total, graph), edge.target) }
            for node in graph.nodes.indices { fit(tangent(node, input, sweep.tangents[node], graph), node) }
        }
        for (output, sweep) in zip(analysis.outputs, analysis.reverse) {
            for (edge, total) in sweep.contributions(evaluation) { fit(adjoint(edge.source, output, total, graph), edge.source) }
            for node in graph.nodes.indices { fit(adjoint(node, output, sweep.adjoints[node], graph), node) }
        }
        return widest
    }

    static func value(_ node: Int, _ value: Double?, _ graph: Graph) -> String {
        "\(graph.nodes[node].name) = \(shown(value))"
    }

    static func tangent(_ node: Int, _ input: Int, _ value: Double?, _ graph: Graph) -> String {
        "d\(graph.nodes[node].name)/d\(graph.nodes[input].name) = \(shown(value))"
    }

    static func adjoint(_ node: Int, _ output: Int, _ value: Double?, _ graph: Graph) -> String {
        "\(graph.partialName(output, node)) = \(shown(value))"
    }

    static func shown(_ value: Double?) -> String { value.map(NumberFormat.short) ?? "?" }
}
