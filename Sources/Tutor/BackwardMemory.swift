import GraphEngine

/// What each operation's backward step needs to have kept from the forward pass, in words:
/// nothing for add, both operands for multiply, the mask for ReLU, the output for sigmoid.
public enum BackwardMemory {
    /// What the backward step of `operation` needs to have kept from the forward pass, with
    /// the operands' names `x`, `y` and the node's own name `v`: for `%2 = w2 · x2`,
    /// `text(.multiply, "w2", "x2", "%2")` is `both operands: ∂%2/∂w2 is x2, ∂%2/∂x2 is w2`.
    public static func text(_ operation: Operation, _ x: String, _ y: String, _ v: String) -> String {
        switch operation {
        case .input, .constant: "nothing (a leaf)"
        case .add, .subtract, .negate, .identity: "nothing: the gradient passes through"
        case .multiply: "both operands: ∂\(v)/∂\(x) is \(y), ∂\(v)/∂\(y) is \(x)"
        case .divide: "both operands, \(x) and \(y)"
        case .power: "both operands and the output \(v)"
        case .exp: "its output \(v): exp is its own derivative"
        case .log, .sin, .cos: "its operand \(x)"
        case .sqrt, .tanh: "its output \(v)"
        case .sigmoid: "its output \(v): the derivative is \(v)·(1 - \(v))"
        case .relu: "the mask \(x) > 0: the gradient passes where it is set"
        }
    }

}
