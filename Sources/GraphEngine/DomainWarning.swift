/// A node whose value is not finite although all its operands are: where a domain problem (log
/// of a non-positive number, division by zero, …) first appears. Nothing stops; the value is
/// `nan` or `inf` and spreads to the nodes that use it, which get no warning of their own.
public struct DomainWarning: Equatable, Sendable {
    public let node: Int

    public init(node: Int) { self.node = node }
}

extension Evaluation {
    /// One warning per node where a non-finite value first appears, in topological order.
    public var warnings: [DomainWarning] {
        values.indices.compactMap { node in
            guard !values[node].isFinite, graph.lhs[node] >= 0 else { return nil }
            let operands = graph.operands(of: node)
            return operands.allSatisfy({ values[$0].isFinite }) ? DomainWarning(node: node) : nil
        }
    }
}
