@testable import GraphEngine
import Testing

@Suite("Gradient descent: one step on the two-layer network")
struct GradientDescentStepTests {
    func step(learningRate: Double = 0.1) throws -> GradientDescentStep {
        let evaluation = try Evaluation(Graph(parsing: TwoLayerNetwork.text))
        let graph = evaluation.graph
        return GradientDescentStep(evaluation, loss: graph.node("E"), parameters: TwoLayerNetwork.weights.map { graph.node($0) }, learningRate: learningRate)
    }

    @Test("Gradients come from the old weights")
    func gradients() throws {
        let step = try step()
        let expected = [1.05, 0.525, 1.05, 0.525, 1.3125, 3.99]
        #expect(step.gradients.count == 6)
        for (gradient, value) in zip(step.gradients, expected) { #expect(isClose(gradient, value, relative: 1e-14)) }
        #expect(isClose(step.before.value("E"), 0.55125, relative: 1e-14))
    }

    @Test("Updated weights w ← w − η·∂E/∂w")
    func updatedWeights() throws {
        let step = try step()
        let expected = [0.395, 1.4475, 2.195, 2.9475, 0.86875, 0.601]
        for (name, value) in zip(TwoLayerNetwork.weights, expected) {
            #expect(isClose(step.after.value(name), value, relative: 1e-14), "\(name)")
        }
        // Everything else keeps its value.
        for name in ["x1", "x2", "t"] { #expect(step.after.value(name) == step.before.value(name)) }
    }

    @Test("The learning rate sets the stride: 0 changes nothing, 0.2 moves every weight twice as far as 0.1")
    func strideFollowsTheLearningRate() throws {
        let still = try step(learningRate: 0)
        #expect(still.after.values == still.before.values)
        let (single, double) = (try step(learningRate: 0.1), try step(learningRate: 0.2))
        #expect(double.gradients == single.gradients)
        for (parameter, name) in zip(single.parameters, TwoLayerNetwork.weights) {
            let before = single.before.values[parameter]
            let (singleMove, doubleMove) = (single.after.values[parameter] - before, double.after.values[parameter] - before)
            #expect(singleMove != 0, "\(name)")
            #expect(isClose(doubleMove, 2 * singleMove, relative: 1e-12), "\(name)")
        }
    }

    @Test("The network after the step: h1, h2, y⁺ and E⁺")
    func afterStep() throws {
        let step = try step()
        #expect(isClose(step.after.value("h1"), 1.11875, relative: 1e-14))
        #expect(isClose(step.after.value("h2"), 3.66875, relative: 1e-14))
        #expect(abs(step.after.value("y") - 3.1768328125) < 1e-12)
        // E⁺ = ½(4 − 3.1768328125)² = 0.3388021092883301… exactly; the source gives 0.33880210928….
        #expect(abs(step.after.value("E") - 0.3388021092883301) < 1e-12)
        #expect(abs(step.after.value("E") - 0.33880210928) < 1e-11)
        #expect(step.after.value("E") < step.before.value("E"))
    }
}
