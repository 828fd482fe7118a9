extension BlockCaptionWords {
    public static let zh = BlockCaptionWords(
        seed: "{0} = 1   （种子）",
        seedEveryEntry: "{0} 的每个元素都是 1   （种子：对 {1} 各元素之和求导）",
        forwardDone: "完成：一遍前向扫描算出了 {0} 个块",
        reverseDone: "完成：一遍反向扫描（{1} 条块之间的边）得到 {0}",
        keepsInputAndWeights: "它的输入 {0} 和 {1}：{2} 要用 {0}，{3} 要用 {1}",
        keepsSoftmax: "它的局部偏导数 {0}，由 softmax({1}) 和 {2} 算出"
    )
}
