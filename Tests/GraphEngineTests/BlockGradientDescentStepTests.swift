import Testing
@testable import GraphEngine

/// A descent step on an array graph moves each parameter's entries as the same step on the
/// scalar graph it lowers to moves them.
@Suite struct BlockGradientDescentStepTests {
    @Test func agreesWithTheStepOnTheLoweredGraph() throws {
        let text = "X = [1, 2; 3, -1]; W = [0.5, -1; 2, 0.25]; b = [0.1, -0.2]; T = [1, 0; 0, 1]; E = mean((sigmoid(affine(X, W, b)) - T)^2)"
        let blocks = BlockEvaluation(try BlockGraph(parsing: text))
        let graph = blocks.graph
        let parameters = [graph.index(of: "W")!, graph.index(of: "b")!]
        let step = BlockGradientDescentStep(blocks, loss: graph.outputs[0], parameters: parameters, learningRate: 0.3)

        let lowering = BlockLowering(blocks)
        let scalarParameters = parameters.flatMap { lowering.entries[$0] }
        let scalar = GradientDescentStep(lowering.evaluation, loss: lowering.graph.outputs[0], parameters: scalarParameters, learningRate: 0.3)
        for parameter in parameters {
            let moved = lowering.entries[parameter].map { scalar.after.values[$0] }
            #expect(zip(step.after.values[parameter], moved).allSatisfy { abs($0 - $1) < 1e-12 })
        }
        #expect(step.gradients == parameters.map { BlockAdjointSweep(blocks, output: graph.outputs[0]).adjoints[$0] })
        #expect(step.after.values[graph.index(of: "X")!] == blocks.values[graph.index(of: "X")!])
        #expect(step.after.values[graph.outputs[0]][0] < blocks.values[graph.outputs[0]][0])
    }
}
