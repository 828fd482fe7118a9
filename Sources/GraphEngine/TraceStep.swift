/// One step of a pass, as the terminal UI and the lessons play it back.
public struct TraceStep: Equatable, Sendable {
    /// The node the step is about: the one computed, or the one receiving a contribution.
    public let node: Int
    /// The edge the step travels along, if any.
    public let edge: Edge?
    /// What the number revealed by this step is, such as `∂e/∂b` or `c`.
    public let quantity: String
    /// The number the step reveals: a value, a partial, a running tangent or adjoint, a product.
    public let value: Double
    /// The step explained with numbers substituted: `e = c · d = 3 · 2 = 6`.
    public let caption: String

    public init(node: Int, edge: Edge? = nil, quantity: String, value: Double, caption: String) {
        self.node = node
        self.edge = edge
        self.quantity = quantity
        self.value = value
        self.caption = caption
    }
}
