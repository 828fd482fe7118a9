extension CommandHelpWords {
    public static let zh = CommandHelpWords(
        graphtutorAbstract: "在计算图上看反向传播是怎样进行的。",
        graphtutorDiscussion: "不带子命令时打开主屏幕：课程、你的进度、探索器和测验。",
        homeAbstract: "打开主屏幕：课程、你的进度、探索器和测验。",
        homeDiscussion: "选中的是接下来要继续的那一课。标准输出不是终端时，改为打印课程列表。",
        lessonAbstract: "播放一课，从你上次停下的地方继续。",
        lessonDiscussion: """
            不给编号时，播放接下来要继续的那一课。使用 --plain，或标准输出不是终端时，\
            把这一课按步骤打印成文本，附带它的数和计算图的 ASCII 图。

            示例：
              graphtutor lesson 4
              graphtutor lesson 4 --plain | less
            """,
        lessonNumber: "课的编号（默认：接下来要继续的那一课）。",
        plainLesson: "把这一课打印成文本，而不是播放它。",
        quizAbstract: "做一次测验：关于课程中每个概念的新题目，当场评分，附带详细解答。",
        quizDiscussion: """
            每道题都出在一个新的小计算图上（或者是课程自己的预测题）；在过去测验记录相同的前提下，\
            同一个 --seed 给出同一套测验，因为题目会偏向你最常答错的主题。输入一个数\
            （2、-0.5、1/2、2*3 + 1），选择题则输入一个字母；按 h 取得提示，得分减半。

            使用 --plain，或标准输入或输出不是终端时，题目连同计算图的 ASCII 图一起打印，\
            答案每行读一个；输入结束时测验也结束，并给出目前的得分。

            示例：
              graphtutor quiz
              graphtutor quiz --topic adjoint,tangent --count 5
              printf '6\\n5\\n' | graphtutor quiz --plain --seed 1 --count 2
            """,
        seed: "出题所用的种子（默认：随机选一个）。",
        count: "出多少道题。",
        topic: "只出这些主题的题，用逗号分隔（见 --list-topics）。",
        listTopics: "列出所有主题，每行一个，然后退出。",
        plainQuiz: "把题目打印出来，并按行读入答案。",
        exploreAbstract: "用键盘探索一个计算图，逐步走过每一遍扫描。",
        exploreDiscussion: """
            不给计算图时，打开原始教材的例子，a = 2，b = 1。在里面按 ? 查看按键。\
            标准输出不是终端或 TERM 为 dumb 时，改为打印 'graphtutor eval' 的输出。
            """,
        exploreExpression: "计算图的文本；'-' 读标准输入，'@FILE' 读文件（默认：原始教材的例子）。",
        evalAbstract: "对计算图求值，并用路径求和、前向模式、反向模式和数值方法给出它的导数。",
        evalDiscussion: """
            示例：
              graphtutor eval "c = a + b; d = b + 1; e = c * d" --at a=2,b=1
              graphtutor eval @net.txt --json
              graphtutor eval "y = sigmoid(w * x)" --at w=0.5,x=2 --trace reverse
            """,
        evalExpression: "计算图的文本，如 'c = a + b; d = b + 1; e = c * d'；'-' 读标准输入，'@FILE' 读文件。",
        wrt: "只对这些输入求导，用逗号分隔（默认：所有输入）。",
        json: "以 JSON 格式打印报告。",
        expandAffine: "在数组计算图中，把每个 affine(x, W, b) 拆成几部分来建：x @ W、把 b 重复到每一行、再把两者相加。",
        tangents: "与 --json 一起且对所有输入时，给出每个节点对每个输入的切向量，而不只是输出的（输入数 × 节点数个数；--wrt 总会给出它们）。",
        trace: "打印一遍扫描的步骤：{0}。",
        dot: "以 Graphviz DOT 格式打印计算图，附带值和偏导数。",
        learningRate: "在表格之后，再用这个学习率做一步梯度下降：输出是损失，--wrt 给出的输入（默认：全部）是参数。",
        at: "输入的值，写成用逗号分隔的 NAME=NUMBER：--at a=2,b=1。",
        output: "输出节点，多个时用逗号分隔（默认：最后一个被赋值为计算结果的名字）。",
        ascii: "只用 ASCII 字符绘图（在非 UTF-8 的 locale 下自动启用）。",
        lessons: "从 DIR 加载课程，而不用内置的课程。",
        lang: "语言：en 或 zh（默认：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时为 zh，否则为 en）。",
        lessonsAbstract: "处理课程的课程文件。",
        checkAbstract: "用引擎检查每一课：计算图、扫描、节点、占位符和写出的数。",
        checkDiscussion: """
            把每个问题以 FILE:LINE: MESSAGE 的形式打印到标准错误，再打印一行总结；\
            每一课都通过时退出状态为 0，有一课没通过时为 1，DIR 无法读取时为 2。

            示例：
              graphtutor lessons check             # 程序内置的课程
              graphtutor lessons check lessons/    # 一个文件夹里的课程文件
            """,
        checkDirectory: "要检查的课程文件（NN-name.yaml）所在的文件夹（默认：内置的课程）。",
        progressAbstract: "显示哪些课已经完成、你的测验成绩如何，或者重置它们。",
        progressDiscussion: """
            进度保存在 $XDG_DATA_HOME/graphtutor/progress.json（默认为 \
            ~/.local/share/graphtutor/progress.json）。

            示例：
              graphtutor progress                  # 每一课：已完成、第 N 步或未开始；以及测验
              graphtutor progress --reset 4        # 询问后清除第 4 课的进度
              graphtutor progress --reset --yes    # 不询问，清除所有课程和测验的进度
            """,
        reset: "清除每一课的进度和测验成绩，或只清除 LESSON 的；会先询问。",
        resetLesson: "与 --reset 一起用：要清除的课，用编号（4）或 id（04-computational-graphs）指定。",
        yes: "与 --reset 一起用：不要求确认。"
    )
}
