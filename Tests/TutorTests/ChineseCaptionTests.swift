import GraphEngine
import Testing
@testable import Tutor
import Words

/// A pass told in Chinese: the same equations and numbers, the words around them translated.
@Suite struct ChineseCaptionTests {
    @Test func reverseModeInChinese() throws {
        let example = try Example()
        let pass = Pass(.reverse(output: example.node("e")), example.evaluation)
        Words.$language.withValue(.zh) {
            #expect(example.captions(pass.kind) == [
                "ē = 1   （种子：de/de = 1）",
                "d̄ = ē · ∂e/∂d = 1 · 3 = 3",
                "c̄ = ē · ∂e/∂c = 1 · 2 = 2",
                "b̄ = d̄ · ∂d/∂b = 3 · 1 = 3   （b 的 2 次使用中的第 1 次）",
                "b̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = 5   （b 的 2 次使用中的第 2 次）",
                "ā = c̄ · ∂c/∂a = 2 · 1 = 2",
            ])
            #expect(Caption.title(pass.kind, example.evaluation.graph) == "从 e 出发的反向模式")
            #expect(Caption.summary(pass, example.evaluation) == "完成：一遍反向扫描（5 次边访问）得到 de/da = 2，de/db = 5")
        }
    }

    @Test func anInputsForwardStepSaysItIsAnInput() throws {
        let example = try Example()
        let b = example.node("b")
        #expect(Caption.equation(b, example.evaluation) == "b = 1 (input)")
        Words.$language.withValue(.zh) {
            #expect(Caption.equation(b, example.evaluation) == "b = 1（输入）")
        }
    }

    @Test func everyQuizTopicHasATitleInBothLanguages() {
        for language in Language.allCases {
            #expect(QuizWords[language].topicNames.count == QuizTopic.allCases.count)
        }
        #expect(QuizTopic.allCases.map(\.title) == QuizTopic.allCases.map(\.rawValue))
        Words.$language.withValue(.zh) { #expect(QuizTopic.adjoint.title == "伴随值") }
    }

    @Test func pathsInChinese() throws {
        let example = try Example()
        Words.$language.withValue(.zh) {
            #expect(example.captions(.paths(input: example.node("b"), output: example.node("e"))) == [
                "路径 1：b→c→e：1·2 = 2；目前的和为 2",
                "路径 2：b→d→e：1·3 = 3；目前的和为 5",
                "de/db = 2 条路径之和 = 5",
            ])
        }
    }

    @Test func quizHintsCutTheChineseNoteToo() throws {
        let example = try Example()
        let pass = Pass(.reverse(output: example.node("e")), example.evaluation)
        let hints = Words.$language.withValue(.zh) { StepHints.hints(pass.steps[4], of: pass, example.evaluation, .marks) }
        #expect(hints == ["b̄ = 3 + c̄ · ∂c/∂b = ?", "b̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = ?"])
    }
}
