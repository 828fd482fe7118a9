extension LessonScreenWords {
    public static let zh = LessonScreenWords(
        lessonNumber: "第 {0} 课 · ",
        stepOf: "第 {0}/{1} 步",
        lessonDone: "本课完成 · q 回到课程列表 · ? 帮助",
        moreBelow: "↓ 下面还有（↓ 滚动）",
        scrollHelp: "滚动文字",
        exploreHelp: "自由探索这个计算图；Esc 返回",
        homeHelp: "回到课程列表",
        spaceHint: "空格",
        nextWord: "下一步",
        backWord: "上一步",
        exploreWord: "探索",
        lessonsWord: "课程",
        plotTitle: "每一步之后的 {0}（共 {1} 步）",
        contentsHeading: "课程",
        lessonsLeftOut: "有 {0} 个课程文件被略去：它们没有通过 'graphtutor lessons check'。",
        descent: "梯度下降：以学习率 {1} 对 {2} 走了 {0} 步。",
        everyInput: "所有输入",
        passShown: "{0}：已显示 {1}/{2} 步。",
        latest: "最新一步：{0}",
        predict: "预测：{0} = ?",
        answer: "（答案：{0}）",
        losses: "每步梯度下降之后的误差：{0}。",
        listSeparator: "，"
    )
}
