/// A problem peculiar to array graphs: a matrix literal that is not one, or shapes that do not
/// fit, found when the graph is built. Operands are named as the user wrote them (`x`,
/// `a + b`); `GraphError.Problem.array` carries it, with the place of the operation.
public enum ArrayProblem: Error, Equatable, Sendable {
    /// An element-wise operation (`symbol` is `+`, `-`, `*`, `/` or `^`) on shapes that do not
    /// repeat to one shape.
    case elementwise(symbol: String, x: String, xShape: Shape, y: String, yShape: Shape)
    /// `x @ w` where `x`'s columns are not `w`'s rows.
    case innerSizes(x: String, xShape: Shape, w: String, wShape: Shape)
    /// A function that takes a matrix, given something else.
    case needsMatrix(function: String, operand: String, shape: Shape)
    /// An axis that `operand` does not have.
    case axis(function: String, axis: Int, operand: String, shape: Shape)
    /// An axis that is not written as 0 or 1.
    case axisNotLiteral(function: String)
    /// `affine(x, W, b)` whose `b` is not a vector of W's columns.
    case bias(b: String, shape: Shape, columns: Int)
    /// A function of two arrays of one shape, given two shapes.
    case sameShape(function: String, x: String, xShape: Shape, y: String, yShape: Shape)
    /// A matrix literal whose `row` (from 1) has `count` numbers where the first row has `expected`.
    case raggedRows(row: Int, count: Int, expected: Int)
    /// Something other than a number where a matrix literal needs one.
    case literalNumber(found: GraphError.Found)
    /// Something other than `,`, `;` or `]` after a number of a matrix literal.
    case literalSeparator(found: GraphError.Found)
}
