import GraphEngine
import RandomGraphs
import Testing
import Tutor
import Words

/// The block pass: its gradients are reverse mode's on every array operation, its captions say
/// each rule with its shapes, and an expanded block's scalar adjoints are its rule's numbers.
@Suite struct BlockPassTests {
    /// An affine layer on a batch of two, ReLU, and the sum of squares.
    static let layer = "x = [1, 2, 3; 4, 5, 6]; W = [1, 0; 0, 1; 1, -1]; b = [0.5, -0.5]; h = affine(x, W, b); y = relu(h); L = sum(y * y)"

    static func evaluation(_ text: String = layer) throws -> BlockEvaluation { BlockEvaluation(try BlockGraph(parsing: text, outputs: ["L"])) }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0), abs($1)) }
    }

    @Test("the reverse pass's gradients are BlockAdjointSweep's, for every operation", arguments: Array(UInt64(1)...6))
    func gradientsAreTheSweeps(seed: UInt64) throws {
        for testCase in ArrayCases.all(seed: seed) {
            let evaluation = BlockEvaluation(try testCase.graph())
            let output = evaluation.graph.outputs[0]
            var walkthrough = BlockWalkthrough(BlockPass(.reverse(output: output), evaluation))
            walkthrough.revealed = walkthrough.steps.count
            let sweep = BlockAdjointSweep(evaluation, output: output)
            for (node, block) in evaluation.graph.nodes.enumerated() where block.operation != .constant {
                let gradient = try #require(BlockWalkthrough.gradient(node, evaluation, walkthrough))
                #expect(gradient.shape == block.shape)
                #expect(Self.close(gradient.entries, sweep.adjoints[node]), "\(testCase) at \(block.name)")
            }
        }
    }

    @Test("an expanded block's scalar adjoints are the entries its block rule gives each operand", arguments: Array(UInt64(1)...4))
    func expandedBlocksAgree(seed: UInt64) throws {
        for testCase in ArrayCases.all(seed: seed) {
            let evaluation = BlockEvaluation(try testCase.graph())
            let graph = evaluation.graph
            let pass = BlockPass(.reverse(output: graph.outputs[0]), evaluation)
            let sweep = BlockAdjointSweep(evaluation, output: graph.outputs[0])
            for (node, block) in graph.nodes.enumerated() where block.operation.arity > 0 {
                let neighbourhood = evaluation.neighbourhood(of: node, adjoint: sweep.adjoints[node], named: "L")
                let lowering = BlockLowering(neighbourhood)
                let scalar = lowering.evaluation
                let adjoints = AdjointSweep(scalar, output: scalar.graph.outputs[0]).adjoints
                for (index, operand) in neighbourhood.graph.inputs.enumerated() {
                    let original = graph.index(of: neighbourhood.graph.nodes[operand].name)!
                    var shares = [Double](repeating: 0, count: graph.nodes[original].shape.count)
                    for step in pass.steps where step.edge?.target == node && step.edge?.source == original {
                        for i in shares.indices { shares[i] += step.share!.entries[i] }
                    }
                    #expect(Self.close(lowering.entries[operand].map { adjoints[$0] }, shares), "\(testCase): operand \(index) of \(block.name)")
                }
                let itself = try #require(neighbourhood.graph.index(of: block.name))
                #expect(Self.close(lowering.entries[itself].map { adjoints[$0] }, sweep.adjoints[node]), "\(testCase): \(block.name)")
            }
        }
    }

    @Test("captions say each step's rule with its shapes and its numbers")
    func captions() throws {
        let evaluation = try Self.evaluation()
        let output = evaluation.graph.outputs[0]
        let forward = BlockPass(.forward, evaluation)
        #expect(forward.steps.map { BlockCaption.text($0, evaluation, .forward) } == [
            "x = [1, 2, 3; 4, 5, 6] (input)   (2×3)",
            "W = [1, 0; 0, 1; 1, -1] (input)   (3×2)",
            "b = [0.5, -0.5] (input)   (2)",
            "h = affine(x, W, b) = [4.5, -1.5; 10.5, -1.5]   (2×3, 3×2, 2 → 2×2)",
            "y = relu(h) = [4.5, 0; 10.5, 0]   (2×2 → 2×2)",
            "%1 = y ⊙ y = [20.25, 0; 110.25, 0]   (2×2, 2×2 → 2×2)",
            "L = sum(%1) = 130.5   (2×2 → 1)",
        ])
        let reverse = BlockPass(.reverse(output: output), evaluation)
        #expect(reverse.steps.map { BlockCaption.text($0, evaluation, reverse.kind) } == [
            "dL/dL = 1   (the seed)",
            "dL/d%1 = repeat(dL/dL) = [1, 1; 1, 1]   (1 → 2×2)",
            "dL/dy = dL/d%1 ⊙ y = [4.5, 0; 10.5, 0]   (2×2 ⊙ 2×2 → 2×2)   (1st of 2 uses of y)",
            "dL/dy += dL/d%1 ⊙ y = [4.5, 0; 10.5, 0]   (2×2 ⊙ 2×2 → 2×2)   (2nd of 2 uses of y)",
            "dL/dh = dL/dy ⊙ (h > 0 ? 1 : 0) = [9, 0; 21, 0]   (2×2 ⊙ 2×2 → 2×2)",
            "dL/db = sum(dL/dh, 0) = [30, 0]   (2×2 → 2)",
            "dL/dW = xᵀ · dL/dh = [93, 0; 123, 0; 153, 0]   (3×2 · 2×2 → 3×2)",
            "dL/dx = dL/dh · Wᵀ = [9, 0, 9; 21, 0, 21]   (2×2 · 2×3 → 2×3)",
        ])
        #expect(BlockCaption.summary(reverse, evaluation.graph) == "done: dL/dx, dL/dW, dL/db from one reverse sweep (7 block edges)")
        Words.$language.withValue(.zh) {
            #expect(BlockCaption.text(reverse.steps[3], evaluation, reverse.kind) == "dL/dy += dL/d%1 ⊙ y = [4.5, 0; 10.5, 0]   (2×2 ⊙ 2×2 → 2×2)   （y 的 2 次使用中的第 2 次）")
            #expect(BlockCaption.summary(reverse, evaluation.graph) == "完成：一遍反向扫描（7 条块之间的边）得到 dL/dx，dL/dW，dL/db")
        }
    }

    @Test("a layer remembers its input for affine, the mask for ReLU and the output for sigmoid")
    func memory() throws {
        let evaluation = try Self.evaluation(Self.layer + "; s = sigmoid(h)")
        let graph = evaluation.graph
        let affine = BlockMemory(graph.index(of: "h")!, evaluation)
        #expect(affine.text == "its input x and W: dL/dW = xᵀ · dL/dh needs x, dL/dx = dL/dh · Wᵀ needs W")
        #expect(affine.arrays.map(\.name) == ["x", "W"])
        let relu = BlockMemory(graph.index(of: "y")!, evaluation)
        #expect(relu.text == "the mask h > 0: the gradient passes where it is set")
        #expect(relu.arrays.map(\.name) == ["h > 0"] && relu.arrays[0].value.entries == [1, 0, 1, 0])
        let sigmoid = BlockMemory(graph.index(of: "s")!, evaluation)
        #expect(sigmoid.text == "its output s: the derivative is s·(1 - s)")
        #expect(sigmoid.arrays.map(\.name) == ["s"] && sigmoid.arrays[0].value == evaluation.value(graph.index(of: "s")!))
        Words.$language.withValue(.zh) {
            #expect(BlockMemory(graph.index(of: "h")!, evaluation).text == "它的输入 x 和 W：dL/dW = xᵀ · dL/dh 要用 x，dL/dx = dL/dh · Wᵀ 要用 W")
        }
    }
}
