import GraphEngine
import Tutor

/// What a node's box says: its operation in the top border, and in the middle the number the
/// current pass is about — value, tangent or adjoint — or `?` until the pass reveals it.
enum BoxText {
    static func title(_ node: Int, _ graph: Graph) -> String {
        graph.operations[node] == .input ? "input" : graph.formula(of: node)
    }

    /// The quantity a box shows while `pass` is played: tangents in forward mode, adjoints in
    /// reverse mode, values otherwise.
    static func quantity(_ node: Int, during pass: Pass.Kind?) -> Quantity {
        switch pass {
        case .tangent(let input): .tangent(node, input: input)
        case .reverse(let output): .adjoint(node, output: output)
        default: .value(node)
        }
    }

    static func body(_ node: Int, _ disclosure: Disclosure) -> String {
        let quantity = quantity(node, during: disclosure.walkthrough?.kind)
        return text(quantity, disclosure.number(quantity), disclosure.analysis.graph)
    }

    /// `symbol = number`, with `?` for a number not shown yet.
    static func text(_ quantity: Quantity, _ number: Double?, _ graph: Graph) -> String {
        "\(quantity.symbol(in: graph)) = \(number.map(NumberFormat.short) ?? "?")"
    }

    /// For every node, the widest text its box may show during any pass — including the
    /// running sums a sweep shows before a node has all its contributions — so boxes are sized
    /// once and never cut a number.
    static func widestTexts(_ analysis: Analysis) -> [Int] {
        let graph = analysis.graph
        let widest = widest(analysis, tangentsFrom: analysis.inputs, adjointsOf: analysis.outputs) { text($0, $1, graph).count }
        return widest.enumerated().map { max(title($0, graph).count, $1) }
    }

    /// For every node, the most `measure` gives for a number the node may show: its value, its
    /// tangents from `inputs` and its adjoints of `outputs`, running sums included.
    static func widest(_ analysis: Analysis, tangentsFrom inputs: [Int], adjointsOf outputs: [Int], _ measure: (Quantity, Double) -> Int) -> [Int] {
        let graph = analysis.graph
        let evaluation = analysis.evaluation
        var widest = graph.nodes.indices.map { measure(.value($0), evaluation.values[$0]) }
        func fit(_ quantity: Quantity, _ number: Double) { widest[quantity.node] = max(widest[quantity.node], measure(quantity, number)) }
        for (input, sweep) in zip(analysis.inputs, analysis.forward) where inputs.contains(input) {
            for (edge, total) in sweep.contributions(evaluation) { fit(.tangent(edge.target, input: input), total) }
            for node in graph.nodes.indices { fit(.tangent(node, input: input), sweep.tangents[node]) }
        }
        for (output, sweep) in zip(analysis.outputs, analysis.reverse) where outputs.contains(output) {
            for (edge, total) in sweep.contributions(evaluation) { fit(.adjoint(edge.source, output: output), total) }
            for node in graph.nodes.indices { fit(.adjoint(node, output: output), sweep.adjoints[node]) }
        }
        return widest
    }
}
