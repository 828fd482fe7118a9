import GraphEngine
import Words

/// What each operation's backward step needs to have kept from the forward pass, in the words
/// of the language being spoken:
/// nothing for add, both operands for multiply, the mask for ReLU, the output for sigmoid.
public enum BackwardMemory {
    /// What the backward step of `operation` needs to have kept from the forward pass, with
    /// the operands' names `x`, `y` and the node's own name `v`: for `%2 = w2 · x2`,
    /// `text(.multiply, "w2", "x2", "%2")` is `both operands: ∂%2/∂w2 is x2, ∂%2/∂x2 is w2`.
    public static func text(_ operation: Operation, _ x: String, _ y: String, _ v: String) -> String {
        let words = CaptionWords.current
        return switch operation {
        case .input, .constant: words.keepsNothingLeaf
        case .add, .subtract, .negate, .identity: words.keepsNothing
        case .multiply: words.keepsMultiply(x, y, v)
        case .divide: words.keepsDivide(x, y, v)
        case .power: words.keepsPower(x, y, v)
        case .exp: words.keepsExp(x, y, v)
        case .log, .sin, .cos: words.keepsOperand(x, y, v)
        case .sqrt, .tanh: words.keepsOutput(x, y, v)
        case .sigmoid: words.keepsSigmoid(x, y, v)
        case .relu: words.keepsMask(x, y, v)
        }
    }

}
