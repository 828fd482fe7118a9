import GraphEngine
import Words

/// What a layer of an array graph remembered from its forward step for its backward step, in
/// words and as the arrays themselves: its input (and weights) for a matrix product or an
/// affine layer, the mask for ReLU, the output for sigmoid; nothing for an addition, a repeat
/// or a sum, which pass the gradient on rearranged.
public struct BlockMemory: Sendable {
    /// What it keeps, as a phrase: `the mask h > 0: the gradient passes where it is set`.
    public let text: String
    /// The arrays it keeps, each with what to call it (`x`, `h > 0`).
    public let arrays: [(name: String, value: ArrayValue)]

    /// What `node` of `evaluation` keeps; reverse-mode rules are written with `notation`.
    public init(_ node: Int, _ evaluation: BlockEvaluation, _ notation: Notation = .marks) {
        let graph = evaluation.graph
        let block = graph.nodes[node]
        let operands = block.operands.map(graph.operandText)
        func operand(_ position: Int) -> (name: String, value: ArrayValue) { (operands[position], evaluation.value(block.operands[position])) }
        let output = (name: block.name, value: evaluation.value(node))
        switch block.operation {
        case .input, .constant:
            (text, arrays) = (CaptionWords.current.keepsNothingLeaf, [])
        case .matrixProduct, .affine:
            let loss = graph.nodes[graph.outputs[0]].name
            let edges = graph.edges.filter { $0.target == node }
            let rule = { (position: Int) in
                edges.first { $0.position == position }.map { graph.reverseRule($0) { notation.total(loss, $0) }.formula } ?? "-"
            }
            text = BlockCaptionWords.current.keepsInputAndWeights(operands[0], operands[1], rule(1), rule(0))
            arrays = [operand(0), operand(1)]
        case .softmaxCrossEntropy:
            let partial = "∂\(block.name)/∂\(operands[0])"
            text = BlockCaptionWords.current.keepsSoftmax(partial, operands[0], operands[1])
            arrays = [(partial, evaluation.kept(node)[0])]
        case .repeat, .transpose, .sum, .mean:
            (text, arrays) = (CaptionWords.current.keepsNothing, [])
        case .elementwise(let operation):
            text = BackwardMemory.text(operation, operands[0], operands.count > 1 ? operands[1] : "", block.name)
            switch operation {
            case .relu: arrays = [("\(operands[0]) > 0", evaluation.kept(node)[0])]
            case .multiply, .divide: arrays = [operand(0), operand(1)]
            case .power: arrays = [operand(0), operand(1), output]
            case .exp, .sqrt, .tanh, .sigmoid: arrays = [output]
            case .log, .sin, .cos: arrays = [operand(0)]
            default: arrays = []
            }
        }
    }
}
