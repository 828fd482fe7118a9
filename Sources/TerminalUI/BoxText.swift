import GraphEngine
import TextCanvas
import Tutor
import Words

/// What a node's box says: its operation in the top border, and in the middle the number the
/// current pass is about — value, tangent or adjoint — or `?` until the pass reveals it, with
/// `+ …` while a sweep's sum still waits for contributions.
enum BoxText {
    static func title(_ node: Int, _ graph: Graph) -> String {
        graph.operations[node] == .input ? ExplorerWords.current.inputBox : graph.formula(of: node)
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

    static func body(_ node: Int, _ disclosure: Disclosure, _ notation: Notation) -> String {
        let quantity = quantity(node, during: disclosure.walkthrough?.kind)
        return text(quantity, disclosure.number(quantity), disclosure.analysis.graph, notation, partial: disclosure.isPartial(quantity))
    }

    /// `symbol = number`, with `?` for a number not shown yet and `+ …` after a partial sum.
    static func text(_ quantity: Quantity, _ number: Double?, _ graph: Graph, _ notation: Notation, partial: Bool = false) -> String {
        "\(quantity.symbol(in: graph, notation)) = \(number.map(NumberFormat.short) ?? "?")\(partial ? " + …" : "")"
    }

    /// For every node, the widest text its box may show during any pass — including the
    /// running sums a sweep shows before a node has all its contributions — so boxes are sized
    /// once and never cut a number. A graph with more than `mostMeasuredNumbers` numbers to
    /// show has its boxes sized for the widest number `NumberFormat.short` writes instead.
    static func widestTexts(_ analysis: Analysis, _ notation: Notation) -> [Int] {
        let graph = analysis.graph
        // A symbol's width depends only on its node and kind: measured once, not per number.
        let names = graph.nodes.map(\.name)
        let symbols = (value: names.map(\.displayWidth), tangent: names.map { notation.tangent($0).displayWidth },
                       adjoint: names.map { notation.adjoint($0).displayWidth })
        let equals = " = ".count, partialMark = " + …".count
        guard graph.count * (1 + analysis.inputs.count + analysis.outputs.count) <= mostMeasuredNumbers else {
            return graph.nodes.indices.map { node in
                let symbol = max(symbols.value[node], symbols.tangent[node] + partialMark, symbols.adjoint[node] + partialMark)
                return max(title(node, graph).displayWidth, symbol + equals + NumberFormat.widestShort)
            }
        }
        let widest = widest(analysis, tangentsFrom: analysis.inputs, adjointsOf: analysis.outputs) { quantity, number, partial in
            let symbol = switch quantity {
            case .tangent(let node, _): symbols.tangent[node]
            case .adjoint(let node, _): symbols.adjoint[node]
            default: symbols.value[quantity.node]
            }
            return symbol + equals + NumberFormat.short(number).utf8.count + (partial ? partialMark : 0)
        }
        return widest.enumerated().map { max(title($0, graph).displayWidth, $1) }
    }

    /// The most numbers `widestTexts` formats to measure them: a value, a tangent per input and
    /// an adjoint per output for each node. A random graph of 10^4 nodes and 1,000 inputs has
    /// 10^7, a second's formatting (and a sweep per input) before the first frame.
    static let mostMeasuredNumbers = 1_000_000

    /// For every node, the most `measure` gives for a number the node may show: its value, its
    /// tangents from `inputs` and its adjoints of `outputs`, running sums included (the third
    /// argument says the sum is partial).
    static func widest(
        _ analysis: Analysis, tangentsFrom inputs: [Int], adjointsOf outputs: [Int], _ measure: (Quantity, Double, Bool) -> Int
    ) -> [Int] {
        let graph = analysis.graph
        let evaluation = analysis.evaluation
        var widest = graph.nodes.indices.map { measure(.value($0), evaluation.values[$0], false) }
        func fit(_ quantity: Quantity, _ number: Double, partial: Bool = false) {
            widest[quantity.node] = max(widest[quantity.node], measure(quantity, number, partial))
        }
        for (i, input) in analysis.inputs.enumerated() where inputs.contains(input) {
            let sweep = analysis.forward(i)
            for (node, total, partial) in runningSums(sweep.contributions(evaluation), \.target) { fit(.tangent(node, input: input), total, partial: partial) }
            for node in graph.nodes.indices { fit(.tangent(node, input: input), sweep.tangents[node]) }
        }
        for (o, output) in analysis.outputs.enumerated() where outputs.contains(output) {
            let sweep = analysis.reverse(o)
            for (node, total, partial) in runningSums(sweep.contributions(evaluation), \.source) { fit(.adjoint(node, output: output), total, partial: partial) }
            for node in graph.nodes.indices { fit(.adjoint(node, output: output), sweep.adjoints[node]) }
        }
        return widest
    }

    /// Each running sum a sweep shows at the node `receiver` picks out, and whether more
    /// contributions to that node follow it.
    private static func runningSums(_ contributions: [(edge: Edge, total: Double)], _ receiver: KeyPath<Edge, Int>) -> [(Int, Double, Bool)] {
        var last: [Int: Int] = [:]
        for (index, contribution) in contributions.enumerated() { last[contribution.edge[keyPath: receiver]] = index }
        return contributions.enumerated().map { index, contribution in
            let node = contribution.edge[keyPath: receiver]
            return (node, contribution.total, last[node] != index)
        }
    }
}
