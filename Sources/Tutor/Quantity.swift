import GraphEngine

/// A number the tutor can show, named by what it is rather than by how it is written: the
/// passes reveal quantities, `Disclosure` says which are revealed, and `symbol(in:)` writes
/// their names.
public enum Quantity: Hashable, Sendable {
    /// A node's value.
    case value(Int)
    /// The local partial on an edge: ∂target/∂source of one operation.
    case partial(Edge)
    /// Forward mode's d(node)/d(input).
    case tangent(Int, input: Int)
    /// Reverse mode's ∂output/∂node, summed over every path.
    case adjoint(Int, output: Int)
    /// The product of the partials along the `index`-th listed path (counted from 0).
    case pathProduct(index: Int, input: Int, output: Int)
    /// ∂output/∂input as the sum of the products of every path.
    case pathSum(input: Int, output: Int)

    /// The node the number belongs to on screen: the node itself, an edge's target, or the
    /// output a path arrives at.
    public var node: Int {
        switch self {
        case .value(let node), .tangent(let node, _), .adjoint(let node, _): node
        case .partial(let edge): edge.target
        case .pathProduct(_, _, let output), .pathSum(_, let output): output
        }
    }

    /// The quantity's name with the nodes' names: `e`, `∂e/∂c`, `de/db`, `path 1`.
    public func symbol(in graph: Graph) -> String {
        switch self {
        case .value(let node): graph.nodes[node].name
        case .partial(let edge): graph.partialName(edge)
        case .tangent(let node, let input): "d\(graph.nodes[node].name)/d\(graph.nodes[input].name)"
        case .adjoint(let node, let output): graph.partialName(output, node)
        case .pathProduct(let index, _, _): "path \(index + 1)"
        case .pathSum(let input, let output): graph.partialName(output, input)
        }
    }
}
