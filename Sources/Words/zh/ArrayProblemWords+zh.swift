extension ArrayProblemWords {
    public static let zh = ArrayProblemWords(
        elementwise: "{1} {0} {2} 要求两边的形状能重复成同一个形状：{1} 是 {3}，{2} 是 {4}",
        innerSizes: "{0} @ {1} 要求内侧的大小相同：{0} 是 {2}，{1} 是 {3}",
        needsMatrix: "{0} 需要一个矩阵：{1} 是 {2}",
        axis: "{0}({1}, {2})：{1} 是 {3}，它有{4}",
        matrixAxes: "轴 0（沿行向下）和轴 1（沿列横向）",
        noAxis: "没有轴",
        onlyAxisZero: "只有轴 0",
        axisNotLiteral: "{0} 的轴写作 0（沿行向下）或 1（沿列横向）",
        bias: "affine(x, W, b) 要求 b 是长为 {0} 的向量，W 的每一列一个数：{1} 是 {2}",
        sameShape: "{0} 需要两个形状相同的数组：{1} 是 {3}，{2} 是 {4}",
        raggedRows: "矩阵的第 {0} 行有 {1} 个数，第一行有 {2} 个",
        literalNumber: "矩阵里这里应是一个数，却遇到了 {0}",
        literalSeparator: "矩阵里数的后面应是 ','、';' 或 ']'，却遇到了 {0}",
        scalarShape: "标量",
        vectorShape: "长为 {0} 的向量"
    )
}
