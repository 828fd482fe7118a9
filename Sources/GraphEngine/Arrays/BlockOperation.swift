/// What a node of an array graph computes. Each operation's rules live together in one type
/// (see `BlockRule`): its shape, its forward step, its vector-Jacobian product (reverse mode),
/// its Jacobian-vector product (forward mode), their captions with shapes, and its lowering to
/// scalar nodes.
public enum BlockOperation: Hashable, Sendable {
    case input, constant
    /// A scalar operation applied to each entry (`+ - * / ^`, unary minus, the functions of
    /// the scalar language); operands have one shape.
    case elementwise(Operation)
    /// The operand copied to `shape`, as broadcasting does: a vector to every row of a batch,
    /// a scalar to every entry.
    case `repeat`(Shape)
    /// `x @ W`.
    case matrixProduct
    case transpose
    /// `sum(x)` over every entry, or `sum(x, axis)` down the rows (0) or along the columns (1).
    case sum(axis: Int?)
    case mean(axis: Int?)
    /// `affine(x, W, b)`: `x @ W` plus `b` on every row, a fully connected layer.
    case affine
    /// `softmax_cross_entropy(z, t)`: the mean over the rows of −Σ t · log softmax(z).
    case softmaxCrossEntropy

    /// The functions of array graphs beyond the scalar ones, by name, with how many arguments
    /// each takes (an axis counts).
    public static let functions: [String: ClosedRange<Int>] = [
        "sum": 1...2, "mean": 1...2, "transpose": 1...1, "affine": 3...3, "softmax_cross_entropy": 2...2,
    ]

    /// How many operands it takes.
    public var arity: Int {
        switch self {
        case .input, .constant: 0
        case .elementwise(let operation): operation.arity
        case .repeat, .transpose, .sum, .mean: 1
        case .matrixProduct, .softmaxCrossEntropy: 2
        case .affine: 3
        }
    }

    /// The rules of the operation; leaves have none, as they compute nothing.
    var rule: (any BlockRule)? {
        switch self {
        case .input, .constant: nil
        case .elementwise(let operation): ElementwiseRule(operation: operation)
        case .repeat(let shape): RepeatRule(shape: shape)
        case .matrixProduct: MatrixProductRule()
        case .transpose: TransposeRule()
        case .sum(let axis): ReductionRule(axis: axis, mean: false)
        case .mean(let axis): ReductionRule(axis: axis, mean: true)
        case .affine: AffineRule()
        case .softmaxCrossEntropy: SoftmaxCrossEntropyRule()
        }
    }

    /// The operation applied to operand texts: `x @ W`, `sum(x, 0)`, `repeat(b)`, `a ⊙ b`.
    public func describe(_ operands: [String]) -> String {
        switch self {
        case .input, .constant: operands.first ?? ""
        case .elementwise(let operation):
            operation == .multiply ? "\(operands[0]) ⊙ \(operands[1])" : operation.describe(operands[0], operands.count > 1 ? operands[1] : "")
        case .repeat: "repeat(\(operands[0]))"
        case .matrixProduct: "\(operands[0]) @ \(operands[1])"
        case .transpose: "transpose(\(operands[0]))"
        case .sum(let axis): "sum(\(operands[0])\(axis.map { ", \($0)" } ?? ""))"
        case .mean(let axis): "mean(\(operands[0])\(axis.map { ", \($0)" } ?? ""))"
        case .affine: "affine(\(operands.joined(separator: ", ")))"
        case .softmaxCrossEntropy: "softmax_cross_entropy(\(operands.joined(separator: ", ")))"
        }
    }
}
