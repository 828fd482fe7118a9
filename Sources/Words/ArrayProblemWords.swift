/// The words for the problems of array graphs: shapes that do not fit, with each operand's
/// shape, and matrix literals that are not one.
public struct ArrayProblemWords: Catalogue {
    /// `{0}` the symbol, `{1}` `{2}` the operands, `{3}` `{4}` their shapes.
    public let elementwise: Template
    /// `{0}` `{1}` the operands, `{2}` `{3}` their shapes.
    public let innerSizes: Template
    /// `{0}` the function, `{1}` the operand, `{2}` its shape.
    public let needsMatrix: Template
    /// `{0}` the function, `{1}` the operand, `{2}` the axis, `{3}` the operand's shape, `{4}`
    /// the axes it has (one of the three below).
    public let axis: Template
    public let matrixAxes: String
    public let noAxis: String
    public let onlyAxisZero: String
    /// `{0}` the function.
    public let axisNotLiteral: Template
    /// `{0}` how many columns W has, `{1}` the operand given as b, `{2}` its shape.
    public let bias: Template
    /// `{0}` the function, `{1}` `{2}` the operands, `{3}` `{4}` their shapes.
    public let sameShape: Template
    /// `{0}` the row (from 1), `{1}` its count, `{2}` the first row's.
    public let raggedRows: Template
    /// `{0}` what was found.
    public let literalNumber: Template
    public let literalSeparator: Template

    /// A shape in a sentence: `a scalar`, `a vector of 3`; a matrix is written `2×3`.
    public let scalarShape: String
    public let vectorShape: Template
}
