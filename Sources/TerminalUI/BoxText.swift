import GraphEngine

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

    /// Every text the box may show, to size it once for all passes.
    static func variants(_ node: Int, _ analysis: Analysis, widestInput: Int) -> [String] {
        let graph = analysis.graph
        var texts = [title(node, graph), value(node, analysis.evaluation.values[node], graph)]
        texts += zip(analysis.inputs, analysis.forward).map { tangent(node, $0, $1.tangents[node], graph) }
        texts += zip(analysis.outputs, analysis.reverse).map { adjoint(node, $0, $1.adjoints[node], graph) }
        return texts
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
