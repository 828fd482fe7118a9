/// A graph evaluated at a point: every node's value and every edge slot's local partial,
/// computed together in one forward sweep. All derivative passes read these numbers.
public struct Evaluation: Sendable {
    public let graph: Graph
    /// The value of each node, by index.
    public let values: [Double]
    /// Slot `2·i + k` holds ∂node_i/∂operand_k; slots of constants and missing operands hold 0.
    public let partials: [Double]

    /// Evaluates `graph`, taking input values from `inputs` first and from the graph's defaults
    /// second; throws if an input has neither, or if `inputs` names something that is no input.
    public init(_ graph: Graph, inputs: [String: Double] = [:]) throws(GraphError) {
        for name in inputs.keys.sorted() {
            guard let node = graph.index(of: name) else {
                throw GraphError(.unknownInput(name, inputs: graph.inputNames))
            }
            guard graph.operations[node] == .input else {
                throw GraphError(.notAnInput(name, inputs: graph.inputNames))
            }
        }
        var values = graph.nodes.map { $0.value ?? .nan }
        for node in graph.inputs {
            let name = graph.nodes[node].name
            guard let value = inputs[name] ?? graph.nodes[node].value else {
                throw GraphError(.missingValue(input: name), at: graph.nodes[node].location)
            }
            values[node] = value
        }
        self.init(graph, values: values)
    }

    /// Evaluates `graph` with input and constant values already in place in `values`.
    public init(_ graph: Graph, values: [Double]) {
        var values = values
        var partials = [Double](repeating: 0, count: 2 * graph.count)
        Self.linearize(graph, values: &values, partials: &partials)
        for slot in graph.constantSlots { partials[slot] = 0 }
        self.graph = graph
        self.values = values
        self.partials = partials
    }

    /// The forward sweep: each node's value and local partials from its operands' values.
    /// Values of inputs and constants must be set; the rest are overwritten.
    ///
    /// The benchmark's operations (add, multiply, tanh) are tested for one by one before the
    /// general case: three compares cost less than the jump table a switch over every operation
    /// compiles to, whose speed also swings with code placement (measured at 1.3–1.8× the C
    /// tape, against 0.98–1.05× for the compares). The rest goes out of line, through the same
    /// op table, so every operation is computed by the same arithmetic either way.
    public static func linearize(_ graph: Graph, values: inout [Double], partials: inout [Double]) {
        graph.operations.withUnsafeBufferPointer { operations in
            graph.lhs.withUnsafeBufferPointer { lhs in
                graph.rhs.withUnsafeBufferPointer { rhs in
                    values.withUnsafeMutableBufferPointer { values in
                        partials.withUnsafeMutableBufferPointer { partials in
                            let tape = Tape(lhs: lhs, rhs: rhs, values: values, partials: partials)
                            for node in 0..<operations.count {
                                let operation = operations[node]
                                if operation == .add {
                                    tape.apply(.add, at: node)
                                } else if operation == .multiply {
                                    tape.apply(.multiply, at: node)
                                } else if operation == .tanh {
                                    tape.apply(.tanh, at: node)
                                } else {
                                    tape.applyAny(operation, at: node)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The buffers of one forward sweep.
    private struct Tape {
        let lhs: UnsafeBufferPointer<Int32>
        let rhs: UnsafeBufferPointer<Int32>
        let values: UnsafeMutableBufferPointer<Double>
        let partials: UnsafeMutableBufferPointer<Double>

        /// Computes `node` by `operation`; inlined where `operation` is a constant, so the op
        /// table's switch folds away to that operation's line.
        @inline(__always)
        func apply(_ operation: Operation, at node: Int) {
            let x = values[Int(lhs[node])]
            let y = operation.arity == 2 ? values[Int(rhs[node])] : 0
            let (value, dx, dy) = operation.linearize(x, y)
            values[node] = value
            let slot = 2 &* node  // edge slots 2·node and 2·node + 1; no overflow check needed
            partials[slot] = dx
            partials[slot &+ 1] = dy
        }

        /// Any operation, out of line so that the loop stays small; leaves have nothing to compute.
        @inline(never)
        func applyAny(_ operation: Operation, at node: Int) {
            if operation == .input || operation == .constant { return }
            apply(operation, at: node)
        }
    }

    /// The local partial on `edge`.
    public func partial(_ edge: Edge) -> Double { partials[edge.slot] }

    /// The local partial on `edge` as a formula over the target's operands: `∂e/∂c = d` gives `d`.
    public func formula(_ edge: Edge) -> String {
        let target = edge.target
        let (x, y) = (graph.operandText(Int(graph.lhs[target])), graph.rhs[target] >= 0 ? graph.operandText(Int(graph.rhs[target])) : "")
        let (dx, dy) = graph.operations[target].formulas(x, y, graph.nodes[target].name)
        return edge.position == 0 ? dx : dy
    }

    /// The partial on `edge` as people read it, formula then number, `d = 2`; just the number
    /// when the formula is one, `1`; `?` for the number when it is not `known` yet.
    public func partialText(_ edge: Edge, known: Bool = true, format: (Double) -> String = NumberFormat.plain) -> String {
        let formula = formula(edge)
        let value = partial(edge)
        if Double(formula) != nil || formula == NumberFormat.operand(value) { return format(value) }
        return "\(formula) = \(known ? format(value) : "?")"
    }

    /// `target = operation(operands) = operation(numbers) = value`, as a forward step shows it;
    /// `name = value` for an input and the number for a constant (a front end says which).
    public func equation(for node: Int) -> String {
        let operation = graph.operations[node]
        let name = graph.nodes[node].name
        if operation == .input { return "\(name) = \(NumberFormat.plain(values[node]))" }
        if operation == .constant { return NumberFormat.plain(values[node]) }
        let operands = graph.operands(of: node)
        func apply(_ texts: [String]) -> String { operation.describe(texts[0], texts.count > 1 ? texts[1] : "") }
        let symbolic = graph.formula(of: node)
        let bare = operation.arity == 1 && operation != .negate
        let numeric = apply(operands.map { bare ? NumberFormat.plain(values[$0]) : NumberFormat.operand(values[$0]) })
        let value = NumberFormat.plain(values[node])
        return [name, symbolic, numeric, value].reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }.joined(separator: " = ")
    }

    /// The same graph evaluated again with `node` (an input) set to `value`.
    public func setting(_ node: Int, to value: Double) -> Evaluation {
        var values = values
        values[node] = value
        return Evaluation(graph, values: values)
    }
}
