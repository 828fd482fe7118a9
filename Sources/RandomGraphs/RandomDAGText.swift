import GraphEngine

extension RandomDAG {
    /// The DAG as graph text, one statement a line: `x0 = -0.25` for an input (its value written
    /// shortest-exact, so parsing gives it back bit for bit), `n70 = x3 * n64` or `n71 = tanh(n70)`
    /// for the others. Parsed, it is the same graph in the same order, so the whole command-line
    /// job can be timed on the benchmark's own graph.
    public var text: String {
        var text = ""
        text.reserveCapacity(28 * graph.count)
        func name(_ node: Int32) -> String { node < inputCount ? "x\(node)" : "n\(node)" }
        for node in 0..<graph.count {
            let (x, y) = (graph.lhs[node], graph.rhs[node])
            text += name(Int32(node))
            switch graph.operations[node] {
            case .input: text += " = \(initialValues[node])\n"
            case .add: text += " = \(name(x)) + \(name(y))\n"
            case .multiply: text += " = \(name(x)) * \(name(y))\n"
            case .tanh: text += " = tanh(\(name(x)))\n"
            default: preconditionFailure("the random DAG draws only +, * and tanh")
            }
        }
        return text
    }
}
