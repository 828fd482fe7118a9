import Foundation
@testable import TerminalUI
import Testing
import TextCanvas
import Tutor
import Words

/// The array lessons on the screen: lesson 13 stepping through an affine layer's backward pass
/// on a batch of two, lesson 14 training, in English and Chinese at 80×24 and 120×40; and `x`
/// from a lesson step opening the array explorer on its graph, where `e`, `d` and `D` work.
@Suite struct ArrayLessonScreenTests {
    static func script(_ number: Int, _ language: Language) throws -> LessonScript {
        let folder = LessonPlayerTests.folder + (language == .zh ? "/zh" : "")
        return try #require(try Course(directory: folder).lesson(numbered: number))
    }

    /// The step of lesson 13 at which reverse mode hands dL/dW to the weights of the affine layer.
    static func weightStep(_ script: LessonScript) throws -> Int {
        try #require(script.frames.firstIndex { $0.blockPass != nil && $0.step.show.select == "W" })
    }

    /// Checks step `step` of lesson `number` at both sizes in both languages; the Chinese shows
    /// no English but the graph's own text and notation.
    func check(_ name: String, lesson number: Int, step: (LessonScript) throws -> Int) throws {
        for language in [Language.en, .zh] {
            try Words.$language.withValue(language) {
                let script = try Self.script(number, language)
                let app = App(.lesson(LessonPlayer(script, at: try step(script))))
                for (width, height) in [(80, 24), (120, 40)] {
                    let canvas = app.render(width: width, height: height)
                    let prefix = language == .zh ? "zh-" : ""
                    try Snapshot.check(canvas, named: "\(prefix)\(name)-\(width)x\(height)")
                    if language == .zh {
                        let notation = ["affine", "sigmoid", "relu", "sum", "mean", "repeat", "W1", "W2", "b1", "b2"]
                        let english = ChineseSnapshotTests.english(in: canvas.rows.joined(separator: "\n"))
                            .filter { !notation.contains($0) && !($0.count == 2 && $0.first == "d") }
                        #expect(english == [], "zh-\(name)-\(width)x\(height)")
                    }
                }
            }
        }
    }

    @Test func affineBackwardAtTheWeights() throws {
        try check("lesson-13-affine-dW", lesson: 13, step: Self.weightStep)
    }

    @Test func trainingOnXOR() throws {
        try check("lesson-14-training", lesson: 14) { script in
            try #require(script.frames.firstIndex { $0.step.descent?.steps == 48 })
        }
    }

    @Test("the affine step plays reverse mode on the blocks: the caption is dL/dW's rule with its entries and shapes")
    func theWeightsStepShowsItsRule() throws {
        let script = try Self.script(13, .en)
        let player = LessonPlayer(script, at: try Self.weightStep(script))
        guard case .blocks(let explorer) = player.shown else { throw NotBlocks() }
        #expect(explorer.graph.nodes[explorer.walkthrough!.current!.node].name == "W")
        let screen = App(.lesson(player)).render(width: 80, height: 24).rows.joined(separator: "\n")
        #expect(screen.contains("dL/dW = Xᵀ · dL/dY = [1, 5, 5; 2, -4, 3]   (2×2 · 2×3 → 2×3)"))
        #expect(!screen.contains("off screen"))
    }

    struct NotBlocks: Error {}

    @Test("x from an array step opens the array explorer on its graph; e there changes the arrays; D lowers the loss; Esc returns")
    func exploringAnArrayStep() throws {
        let script = try Self.script(14, .en)
        let step = try #require(script.frames.firstIndex { $0.step.descent?.steps == 1 })
        var app = App.lesson(script, course: Course(files: [], folder: ""), progress: CourseProgress())
        for _ in 0..<step { _ = app.update(.input(.character("n"))) }
        _ = app.update(.input(.character("x")))
        guard case .arrayExplorer(var explorer) = app.screen else { throw NotBlocks() }
        #expect(explorer.descent == DescentSettings(learningRate: 0.5, parameters: ["W1", "b1", "W2", "b2"]))
        #expect(explorer.losses == script.frames[step].losses)
        let before = explorer.losses.last!
        _ = app.update(.input(.character("D")))
        guard case .arrayExplorer(let trained) = app.screen else { throw NotBlocks() }
        #expect(trained.losses.count == explorer.losses.count + ArrayExplorerState.manyUpdates && trained.losses.last! < before)
        let x = trained.graph.index(of: "X")!
        #expect(trained.evaluation.value(x) == explorer.evaluation.value(x))
        explorer = trained
        // Select W1 and type other starting weights.
        while explorer.graph.nodes[explorer.selected].name != "W1" {
            _ = app.update(.input(.tab))
            guard case .arrayExplorer(let next) = app.screen else { throw NotBlocks() }
            explorer = next
        }
        for key in [Event.character("e"), .control("u")] + "[1, -1; -1, 1]".map(Event.character) + [.enter] { _ = app.update(.input(key)) }
        guard case .arrayExplorer(let edited) = app.screen else { throw NotBlocks() }
        #expect(edited.evaluation.value(edited.selected).entries == [1, -1, -1, 1])
        #expect(edited.evaluation.value(edited.graph.index(of: "H")!) != trained.evaluation.value(trained.graph.index(of: "H")!))
        #expect(app.render(width: 80, height: 24).rows.joined().contains("W1 = [1, -1; -1, 1]; every number follows"))
        _ = app.update(.input(.escape))
        guard case .lesson(let player) = app.screen else { throw NotBlocks() }
        #expect(player.index == step)
    }
}
