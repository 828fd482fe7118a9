extension HomeWords {
    public static let zh = HomeWords(
        title: "一步步看着反向传播，学会它",
        lessonsHeading: "课程",
        doneCount: "已完成 {0}/{1}",
        exploreEntry: "探索你输入的任何计算图",
        quizEntry: "做一次测验",
        exploreSummary: "探索器：输入一个计算图，逐步走过每一遍计算，预测数值，做梯度下降",
        quizSummary: "针对课程要点的新题目，自动评分，附详细解答；你最薄弱的主题会多出题",
        noLessons: "没有能载入的课程",
        done: "✓ 已完成",
        startHere: "▶ 从这里开始",
        continuePrefix: "▶ 继续，",
        new: "未开始",
        openHelp: "打开（1–9 按编号选课）",
        choose: "选择",
        openWord: "打开"
    )
}
