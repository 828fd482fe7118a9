import GraphEngine
import Words

/// A number the tutor can show, named by what it is rather than by how it is written: the
/// passes reveal quantities, `Disclosure` says which are revealed, and `symbol(in:_:)` writes
/// their names.
public enum Quantity: Hashable, Sendable {
    /// A node's value.
    case value(Int)
    /// The local partial on an edge: ∂target/∂source of one operation.
    case partial(Edge)
    /// Forward mode's d(node)/d(input).
    case tangent(Int, input: Int)
    /// Reverse mode's d(output)/d(node), summed over every path.
    case adjoint(Int, output: Int)
    /// The product of the partials along the `index`-th listed path (counted from 0).
    case pathProduct(index: Int, input: Int, output: Int)
    /// d(output)/d(input) as the sum of the products of every path.
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

    /// The quantity's name with the nodes' names: `e`, `∂e/∂c`, `ė`, `b̄`, `path 1`, `de/db`.
    public func symbol(in graph: Graph, _ notation: Notation = .marks) -> String {
        func name(_ node: Int) -> String { graph.nodes[node].name }
        return switch self {
        case .value(let node): name(node)
        case .partial(let edge): graph.partialName(edge)
        case .tangent(let node, _): notation.tangent(name(node))
        case .adjoint(let node, _): notation.adjoint(name(node))
        case .pathProduct(let index, _, _): CaptionWords.current.pathSymbol(index + 1)
        case .pathSum(let input, let output): notation.total(name(output), name(input))
        }
    }

    /// What a tangent or an adjoint is, as a total derivative: `ḃ` is `db/da` from input a,
    /// `b̄` is `de/db` for output e; nil for the other quantities, whose symbols say it already.
    public func meaning(in graph: Graph, _ notation: Notation = .marks) -> String? {
        func name(_ node: Int) -> String { graph.nodes[node].name }
        return switch self {
        case .tangent(let node, let input): notation.total(name(node), name(input))
        case .adjoint(let node, let output): notation.total(name(output), name(node))
        default: nil
        }
    }
}
