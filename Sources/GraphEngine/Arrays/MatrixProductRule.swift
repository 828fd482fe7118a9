/// `y = x @ W`: `y[i, j] = Σₖ x[i, k] · W[k, j]`. Reverse mode: `∂L/∂x = ∂L/∂y · Wᵀ` and
/// `∂L/∂W = xᵀ · ∂L/∂y`; forward mode: `ẏ = ẋ · W + x · Ẇ`. A vector is a row on the left and
/// a column on the right, and the result drops the axis a vector lacks.
struct MatrixProductRule: BlockRule {
    /// `x` as a matrix: a vector is one row.
    static func left(_ shape: Shape) -> (rows: Int, columns: Int) { shape.grid }

    /// `W` as a matrix: a vector is one column.
    static func right(_ shape: Shape) -> (rows: Int, columns: Int) {
        shape.dimensions.count == 1 ? (shape.dimensions[0], 1) : shape.grid
    }

    func shape(of shapes: [Shape], texts: [String]) throws(ArrayProblem) -> Shape {
        let (x, w) = (Self.left(shapes[0]), Self.right(shapes[1]))
        guard !shapes[0].isScalar, !shapes[1].isScalar, x.columns == w.rows else {
            throw .innerSizes(x: texts[0], xShape: shapes[0], w: texts[1], wShape: shapes[1])
        }
        switch (shapes[0].dimensions.count, shapes[1].dimensions.count) {
        case (1, 1): return .scalar
        case (1, _): return .vector(w.columns)
        case (_, 1): return .vector(x.rows)
        default: return .matrix(x.rows, w.columns)
        }
    }

    /// Rows, inner size and columns of the product.
    static func sizes(_ shapes: [Shape]) -> (rows: Int, inner: Int, columns: Int) {
        let (x, w) = (left(shapes[0]), right(shapes[1]))
        return (x.rows, x.columns, w.columns)
    }

    func forward(_ operands: [[Double]], shapes: [Shape], shape: Shape) -> (value: [Double], kept: [[Double]]) {
        var value = [Double](repeating: 0, count: shape.count)
        Self.multiply(operands[0], operands[1], shapes, into: &value)
        return (value, [])
    }

    /// `into += x · w`.
    static func multiply(_ x: [Double], _ w: [Double], _ shapes: [Shape], into: inout [Double]) {
        let (rows, inner, columns) = sizes(shapes)
        x.withUnsafeBufferPointer { x in
            w.withUnsafeBufferPointer { w in
                into.withUnsafeMutableBufferPointer { MatrixKernels.product(x, w, into: $0, rows: rows, inner: inner, columns: columns) }
            }
        }
    }

    func pullback(_ position: Int, adjoint: [Double], frame: BlockFrame, into: inout [Double]) {
        Self.pullback(position, adjoint: adjoint, x: frame.operands[0], w: frame.operands[1], shapes: frame.operandShapes, into: &into)
    }

    /// `into += ∂L/∂y · Wᵀ` (position 0) or `into += xᵀ · ∂L/∂y` (position 1).
    static func pullback(_ position: Int, adjoint: [Double], x: [Double], w: [Double], shapes: [Shape], into: inout [Double]) {
        let (rows, inner, columns) = sizes(shapes)
        adjoint.withUnsafeBufferPointer { adjoint in
            into.withUnsafeMutableBufferPointer { into in
                if position == 0 {
                    w.withUnsafeBufferPointer { MatrixKernels.productTransposingRight(adjoint, $0, into: into, rows: rows, inner: columns, columns: inner) }
                } else {
                    x.withUnsafeBufferPointer { MatrixKernels.productTransposingLeft($0, adjoint, into: into, rows: inner, inner: rows, columns: columns) }
                }
            }
        }
    }

    func pushforward(_ position: Int, tangent: [Double], frame: BlockFrame, into: inout [Double]) {
        let operands = frame.operands
        Self.multiply(position == 0 ? tangent : operands[0], position == 0 ? operands[1] : tangent, frame.operandShapes, into: &into)
    }

    func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        Self.reverseRule(position, notation)
    }

    /// The caption of the pullback to `x` or `W`.
    static func reverseRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let (x, w, adjoint) = (notation.operands[0], notation.operands[1], notation.adjoint(notation.node))
        let (rows, inner, columns) = sizes(notation.operandShapes)
        let y = Shape.matrix(rows, columns)
        return position == 0
            ? notation.text(notation.adjoint(x), "\(adjoint) · \(w)ᵀ", [y, .matrix(columns, inner)], .matrix(rows, inner))
            : notation.text(notation.adjoint(w), "\(x)ᵀ · \(adjoint)", [.matrix(inner, rows), y], .matrix(inner, columns))
    }

    func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        Self.forwardRule(position, notation)
    }

    /// The caption of `x`'s or `W`'s part of the node's tangent.
    static func forwardRule(_ position: Int, _ notation: RuleNotation) -> RuleText {
        let (x, w) = (notation.operands[0], notation.operands[1])
        let (rows, inner, columns) = sizes(notation.operandShapes)
        let formula = position == 0 ? "\(notation.tangent(x)) · \(w)" : "\(x) · \(notation.tangent(w))"
        return notation.forwardText(formula, [.matrix(rows, inner), .matrix(inner, columns)], .matrix(rows, columns))
    }

    func lower(_ operands: [[Int32]], shapes: [Shape], shape: Shape, into tape: inout LoweringTape) -> [Int32] {
        Self.lower(operands[0], operands[1], shapes: shapes, into: &tape) { _ in [] }
    }

    /// Each entry as the sum of its products `x[i, k] · W[k, j]`, then `extra(j)`'s terms.
    static func lower(_ x: [Int32], _ w: [Int32], shapes: [Shape], into tape: inout LoweringTape, extra: (Int) -> [Int32]) -> [Int32] {
        let (rows, inner, columns) = sizes(shapes)
        var entries: [Int32] = []
        for i in 0..<rows {
            for j in 0..<columns {
                let products = (0..<inner).map { k in tape.apply(.multiply, x[i * inner + k], w[k * columns + j]) }
                entries.append(tape.sum(products + extra(j)))
            }
        }
        return entries
    }
}
