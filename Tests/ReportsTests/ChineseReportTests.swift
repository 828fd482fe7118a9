import GraphEngine
import Reports
import Testing
import Words

/// The reports in Chinese: the same numbers, graph text and symbols, every word translated.
@Suite struct ChineseReportTests {
    @Test func theSourceExampleReportsInChinese() throws {
        let evaluation = try ReportTests.cde()
        let text = Words.$language.withValue(.zh) { TextReport.render(Analysis(evaluation)) }
        #expect(text == """
            值
              节点  计算   值
              a     输入   2
              b     输入   1
              c     a + b  3
              d     b + 1  2
              e     c · d  6

            边上的局部偏导数
              边     偏导数  公式  值
              a → c  ∂c/∂a   1     1
              b → c  ∂c/∂b   1     1
              b → d  ∂d/∂b   1     1
              c → e  ∂e/∂c   d     2
              d → e  ∂e/∂d   c     3

            e 的导数：路径求和、前向模式、反向模式、中心差分
                     路径   乘积     和  前向  反向  数值
              de/da  a→c→e  1·2 = 2  2   2     2     2.0000000000  ✓ 一致
              de/db  b→c→e  1·2 = 2  5   5     5     5.0000000000  ✓ 一致
                     b→d→e  1·3 = 3

            这个计算图上的代价（2 个输入，1 个输出，5 条边）
              方法      扫描遍数  边访问次数
              前向模式  2         10          每个输入扫描一遍
              反向模式  1         5           每个输出扫描一遍
              所有路径  -         6           3 条路径，每条路径的每条边

            """)
    }

    @Test func anErrorSaysWhereByLineAndColumnInChinese() throws {
        let source = "c = a + ; d = 1"
        let error = try #require(throws: GraphError.self) { try Graph(parsing: source) }
        let report = Words.$language.withValue(.zh) { ErrorReport.render(error, source: source, file: "cde.graph") }
        #expect(report == """
            错误：cde.graph:1:9：这里应是数、名字、函数调用或 '('，却遇到了 ';'
              c = a + ; d = 1
                      ^
            """)
    }

    @Test func theGradientStepInChinese() throws {
        let evaluation = try ReportTests.cde()
        let step = GradientDescentStep(evaluation, loss: evaluation.graph.outputs[0], parameters: evaluation.graph.inputs, learningRate: 0.1)
        let report = Words.$language.withValue(.zh) { GradientStepReport.render(step) }
        #expect(report.hasPrefix("对 e 做一步梯度下降，学习率 0.1\n"))
        #expect(report.contains("参数  旧值  de/d参数  新值 = 旧值 - 0.1·梯度"))
        #expect(report.hasSuffix("  这一步之后：c = 2.3，d = 1.5，e = 3.45"))
    }

    @Test func anArrayGraphReportsInChinese() throws {
        let text = Words.$language.withValue(.zh) { ArrayTextReport.render(try! ArrayReportTests.layer()) }
        #expect(text.hasPrefix("值\n  节点  形状  计算             值\n  x     2×3   输入"))
        #expect(text.contains("边上的规则（对 L 的反向模式，前向模式）"))
        #expect(text.contains("  dL/dW  3×2   [5, 5;     [5, 5;     [5, 5;     ✓ 一致"))
        #expect(text.contains("这个计算图上的代价（3 个输入，共 14 个元素）"))
    }

    @Test func aShapeErrorInChinese() throws {
        let source = "x = [1, 2; 3, 4]; y = x @ [1, 2, 3]"
        let error = try #require(throws: GraphError.self) { try BlockGraph(parsing: source) }
        let report = Words.$language.withValue(.zh) { ErrorReport.render(error, source: source) }
        #expect(report.hasPrefix("错误：1:25：x @ [1, 2, 3] 要求内侧的大小相同：x 是 2×2，[1, 2, 3] 是长为 3 的向量"))
    }
}
