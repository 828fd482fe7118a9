import GraphEngine

/// One step of a pass: the quantity it reveals, its number, the edge it travels along, and
/// what kind of step it is — everything a caption needs, and no wording.
public struct PassStep: Equatable, Sendable {
    /// What the step does to reveal its number.
    public enum Kind: Equatable, Sendable {
        /// Forward mode or reverse mode starts: the seed's tangent or adjoint is 1.
        case seed
        /// A node's value is computed from its operands' values.
        case evaluation
        /// An edge's local partial is computed.
        case partial
        /// One edge adds its share to a running tangent or adjoint: the edge's local partial
        /// times `factor`, the other end's finished tangent or adjoint, which was `factorValue`,
        /// added to `previous`, the sum so far. It is share `index` (from 0) of `count`.
        case contribution(factor: Quantity, factorValue: Double, previous: Double, index: Int, count: Int)
        /// A listed path and its product; `runningSum` adds it to the paths before it.
        case path(PathSums.Path, runningSum: Double)
        /// The sum over all `count` paths, of which `listed` were listed one by one; `factors`
        /// holds the products of each stretch between nodes every path passes through, if any
        /// (see `PathFactoring`).
        case sum(count: PathCount, listed: Int, factors: [[Double]]?)
    }

    public let kind: Kind
    /// The number the step reveals.
    public let quantity: Quantity
    /// Its value once this step is done: for a contribution, the running total so far.
    public let value: Double
    /// The edge the step travels along, if any.
    public let edge: Edge?

    public init(_ kind: Kind, quantity: Quantity, value: Double, edge: Edge? = nil) {
        self.kind = kind
        self.quantity = quantity
        self.value = value
        self.edge = edge
    }

    /// The node the step is about: the one computed, or the one receiving a contribution.
    public var node: Int { quantity.node }
}
