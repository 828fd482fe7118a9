extension ArrayExplorerWords {
    public static let zh = ArrayExplorerWords(
        inputLine: "{0}：输入，{1}",
        backwardLabel: "反向",
        keptHeading: "记住的 {0}",
        least: "最小 {0}",
        greatest: "最大 {0}",
        idleHint: "f 前向传播 · r 反向模式 · x 展开一个块 · ? 全部按键",
        choosePass: "请先选一种传播：f 前向传播，r 反向模式",
        expandedGraph: "每个元素一个节点：共 {0} 个标量节点 · Esc 返回",
        expandedBlock: "逐元素展开 {0}；其余部分是 {1} = sum({0} ⊙ {2})，{2} 不变 · Esc 返回",
        expandNeedsBlock: "x 展开的是做计算的块：{0} 是输入",
        expandHelp: "把选中的块展开成它的标量计算图",
        expandWord: "展开",
        editHelp: "输入选中的输入数组，例如 [1, 2; 3, 4]",
        descentHelp: "对参数做一次梯度下降更新 / 再做 {0} 次",
        descentWord: "训练",
        editTitle: "输入 {0}，{1}",
        editHint: "逐行书写，行之间用 ';' 分隔：[1, 2; 3, 4]",
        wrongShape: "{0} 是 {1}，但 {2} 是 {3}",
        descended: "{0} 次更新（η = {1}；{2}）：{3} {4} → {5}"
    )
}
