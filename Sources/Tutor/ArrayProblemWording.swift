import GraphEngine
import Words

/// The words, in the language being spoken, for the problems of array graphs: what does not
/// fit, with each operand's shape.
public enum ArrayProblemWording {
    /// `problem` as one sentence, such as `x @ W needs inner sizes to match: x is 2×3, W is 2×4`;
    /// `found` words what stood where a number was expected.
    static func describe(_ problem: ArrayProblem, found: (GraphError.Found) -> String) -> String {
        Words.tidied(sentence(problem, found: found))
    }

    private static func sentence(_ problem: ArrayProblem, found: (GraphError.Found) -> String) -> String {
        let words = ArrayProblemWords.current
        switch problem {
        case .elementwise(let symbol, let x, let xShape, let y, let yShape):
            return words.elementwise(symbol, x, y, phrase(xShape), phrase(yShape))
        case .innerSizes(let x, let xShape, let w, let wShape):
            return words.innerSizes(x, w, phrase(xShape), phrase(wShape))
        case .needsMatrix(let function, let operand, let shape):
            return words.needsMatrix(function, operand, phrase(shape))
        case .axis(let function, let axis, let operand, let shape):
            let axes = shape.isMatrix ? words.matrixAxes : shape.isScalar ? words.noAxis : words.onlyAxisZero
            return words.axis(function, operand, axis, phrase(shape), axes)
        case .axisNotLiteral(let function):
            return words.axisNotLiteral(function)
        case .bias(let b, let shape, let columns):
            return words.bias(columns, b, phrase(shape))
        case .sameShape(let function, let x, let xShape, let y, let yShape):
            return words.sameShape(function, x, y, phrase(xShape), phrase(yShape))
        case .raggedRows(let row, let count, let expected):
            return words.raggedRows(row, count, expected)
        case .literalNumber(let token):
            return words.literalNumber(found(token))
        case .literalSeparator(let token):
            return words.literalSeparator(found(token))
        }
    }

    /// `shape` as in a sentence: `2×3`, `a vector of 3`, `a scalar`.
    public static func phrase(_ shape: Shape) -> String {
        switch shape.dimensions.count {
        case 0: ArrayProblemWords.current.scalarShape
        case 1: ArrayProblemWords.current.vectorShape(shape.dimensions[0])
        default: shape.description
        }
    }
}
