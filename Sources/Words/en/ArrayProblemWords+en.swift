extension ArrayProblemWords {
    public static let en = ArrayProblemWords(
        elementwise: "{1} {0} {2} needs shapes that repeat to one shape: {1} is {3}, {2} is {4}",
        innerSizes: "{0} @ {1} needs inner sizes to match: {0} is {2}, {1} is {3}",
        needsMatrix: "{0} needs a matrix: {1} is {2}",
        axis: "{0}({1}, {2}): {1} is {3}, which has {4}",
        matrixAxes: "axes 0 (down the rows) and 1 (along the columns)",
        noAxis: "no axis",
        onlyAxisZero: "only axis 0",
        axisNotLiteral: "the axis of {0} is written 0 (down the rows) or 1 (along the columns)",
        bias: "affine(x, W, b) needs b to be a vector of {0}, one number per column of W: {1} is {2}",
        sameShape: "{0} needs two arrays of one shape: {1} is {3}, {2} is {4}",
        raggedRows: "row {0} of the matrix has {1} {1|number|numbers}, the first row {2}",
        literalNumber: "expected a number in the matrix, found {0}",
        literalSeparator: "expected ',', ';' or ']' after a number in the matrix, found {0}",
        scalarShape: "a scalar",
        vectorShape: "a vector of {0}"
    )
}
