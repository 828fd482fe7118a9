import GraphEngine

/// The English for the problems of array graphs: what does not fit, with each operand's shape.
enum ArrayProblemWording {
    /// `problem` as one sentence, such as `x @ W needs inner sizes to match: x is 2×3, W is 2×4`;
    /// `found` words what stood where a number was expected.
    static func describe(_ problem: ArrayProblem, found words: (GraphError.Found) -> String) -> String {
        switch problem {
        case .elementwise(let symbol, let x, let xShape, let y, let yShape):
            "\(x) \(symbol) \(y) needs shapes that repeat to one shape: \(x) is \(xShape.phrase), \(y) is \(yShape.phrase)"
        case .innerSizes(let x, let xShape, let w, let wShape):
            "\(x) @ \(w) needs inner sizes to match: \(x) is \(xShape.phrase), \(w) is \(wShape.phrase)"
        case .needsMatrix(let function, let operand, let shape):
            "\(function) needs a matrix: \(operand) is \(shape.phrase)"
        case .axis(let function, let axis, let operand, let shape):
            "\(function)(\(operand), \(axis)): \(operand) is \(shape.phrase), which has "
                + (shape.isMatrix ? "axes 0 (down the rows) and 1 (along the columns)" : shape.isScalar ? "no axis" : "only axis 0")
        case .axisNotLiteral(let function):
            "the axis of \(function) is written 0 (down the rows) or 1 (along the columns)"
        case .bias(let b, let shape, let columns):
            "affine(x, W, b) needs b to be a vector of \(columns), one number per column of W: \(b) is \(shape.phrase)"
        case .sameShape(let function, let x, let xShape, let y, let yShape):
            "\(function) needs two arrays of one shape: \(x) is \(xShape.phrase), \(y) is \(yShape.phrase)"
        case .raggedRows(let row, let count, let expected):
            "row \(row) of the matrix has \(count) number\(count == 1 ? "" : "s"), the first row \(expected)"
        case .literalNumber(let token):
            "expected a number in the matrix, found \(words(token))"
        case .literalSeparator(let token):
            "expected ',', ';' or ']' after a number in the matrix, found \(words(token))"
        }
    }
}
