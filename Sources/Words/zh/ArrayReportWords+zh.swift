extension ArrayReportWords {
    public static let zh = ArrayReportWords(
        shape: "形状",
        shapes: "形状",
        rulesTitle: "边上的规则（对 {0} 的反向模式，前向模式）",
        gradientsTitle: "{0} 的梯度：反向模式、前向模式、中心差分",
        sumOfEntries: "{0} 各元素之和",
        onePerEntry: "每个输入的每个元素扫描一遍",
        costTitle: "这个计算图上的代价（{0} 个输入，共 {1} 个元素）",
        notFinite: "{0} = {1}：有些元素不是有限数",
        summary: "{0} 个元素，{1}",
        range: "从 {0} 到 {1}",
        noneFinite: "没有有限数"
    )
}
