/// The rules of one block operation, side by side: its shape, its forward step, its
/// vector-Jacobian product for reverse mode (`pullback`), its Jacobian-vector product for
/// forward mode (`pushforward`), both as captions with shapes, and its lowering to scalar nodes.
protocol BlockRule: Sendable {
    /// The result's shape for operands of `shapes`, written as `texts`; or what does not fit.
    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape

    /// The value, and what the backward step needs beyond the operands and the value (an
    /// element-wise operation keeps each operand's local partials).
    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]])

    /// Adds operand `position`'s share of the node's `adjoint` to `into`, the operand's adjoint.
    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double])

    /// Adds what operand `position`'s `tangent` contributes to `into`, the node's tangent.
    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double])

    /// The pullback as a formula with shapes: `∂L/∂x = ∂L/∂h · Wᵀ   (2×4 · 4×3 → 2×3)`.
    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText

    /// The pushforward: operand `position`'s part of the node's tangent, `ẋ · W`.
    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText

    /// Scalar nodes that compute the value's entries from the operands' entries, which are
    /// `operands`; returns the entries' nodes, each made here.
    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32]
}

/// The numbers of one block node at one point: its operands' shapes and values, its own shape,
/// and what its forward step kept.
public struct BlockFrame: Sendable {
    public let operandShapes: [Shape]
    public let operands: [[Double]]
    public let shape: Shape
    public let kept: [[Double]]
}

/// The names and shapes a rule's caption is written with, and how the caller writes an adjoint
/// (`∂L/∂x`) and a tangent (`ẋ`).
public struct RuleNotation {
    /// The operands as written (`x`, `a + b`) and the node's name.
    public let operands: [String]
    public let node: String
    public let operandShapes: [Shape]
    public let shape: Shape
    public let adjoint: (String) -> String
    public let tangent: (String) -> String

    /// A caption for operand `position` that reads `lhs = formula` with the shapes
    /// `inputs → result`.
    func text(_ lhs: String, _ formula: String, _ inputs: [Shape], _ result: Shape, joinedBy join: String = " · ") -> RuleText {
        RuleText(formula: "\(lhs) = \(formula)", shapes: Self.shapes(inputs, result, join))
    }

    /// `2×4 · 4×3 → 2×3`.
    private static func shapes(_ inputs: [Shape], _ result: Shape, _ join: String) -> String {
        inputs.map(\.description).joined(separator: join) + " → \(result)"
    }

    /// A forward-mode caption: the node's tangent, or its part from one of several operands
    /// (`ḣ += ẋ · W`), with the shapes `inputs → result`.
    func forwardText(_ formula: String, _ inputs: [Shape], _ result: Shape, joinedBy join: String = " · ") -> RuleText {
        let lhs = tangent(node) + (operands.count > 1 ? " +=" : " =")
        return RuleText(formula: "\(lhs) \(formula)", shapes: Self.shapes(inputs, result, join))
    }
}

/// A rule as people read it: `∂L/∂x = ∂L/∂h · Wᵀ` and its shapes, `2×4 · 4×3 → 2×3`.
public struct RuleText: Equatable, Sendable, CustomStringConvertible {
    public let formula: String
    public let shapes: String

    public var description: String { "\(formula)   (\(shapes))" }
}
