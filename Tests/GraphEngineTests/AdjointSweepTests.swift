@testable import GraphEngine
import Testing

@Suite("Reverse mode: the adjoint sweep")
struct AdjointSweepTests {
    @Test("c, d, e: one sweep gives ∂e/∂(a, b, c, d, e) = 2, 5, 2, 3, 1")
    func cdeAdjoints() throws {
        let evaluation = try CDE.evaluation()
        let graph = evaluation.graph
        let sweep = AdjointSweep(evaluation, output: graph.node("e"))
        #expect(["a", "b", "c", "d", "e"].map { sweep.adjoints[graph.node($0)] } == [2, 5, 2, 3, 1])
    }

    @Test("Edges that do not reach the output contribute nothing")
    func skipsUnreachable() throws {
        let evaluation = try Evaluation(Graph(parsing: "c = a * b; u = exp(a); e = c + 1", outputs: ["e"]), inputs: ["a": 1, "b": 2])
        let graph = evaluation.graph
        let sweep = AdjointSweep(evaluation, output: graph.node("e"))
        #expect(sweep.adjoints[graph.node("u")] == 0)
        #expect(!sweep.contributions(evaluation).contains { $0.edge.source == graph.node("u") })
        #expect(sweep.adjoints[graph.node("a")] == 2)
        #expect(sweep.adjoints[graph.node("b")] == 1)
    }

    @Test("Two-layer network: ∂E/∂y and every weight's gradient from one sweep")
    func twoLayerGradients() throws {
        let evaluation = try Evaluation(Graph(parsing: TwoLayerNetwork.text))
        let graph = evaluation.graph
        let adjoints = AdjointSweep(evaluation, output: graph.node("E")).adjoints
        #expect(isClose(adjoints[graph.node("y")], 1.05, relative: 1e-14))
        let expected = [1.05, 0.525, 1.05, 0.525, 1.3125, 3.99]
        for (name, gradient) in zip(TwoLayerNetwork.weights, expected) {
            #expect(isClose(adjoints[graph.node(name)], gradient, relative: 1e-14), "∂E/∂\(name)")
        }
        // ∂E/∂w5 = (y − t)·h1 and ∂E/∂w1 = (y − t)·w5·x1, as the source derives them.
        let yMinusT = evaluation.value("y") - evaluation.value("t")
        #expect(isClose(adjoints[graph.node("w5")], yMinusT * evaluation.value("h1"), relative: 1e-14))
        #expect(isClose(adjoints[graph.node("w1")], yMinusT * evaluation.value("w5") * evaluation.value("x1"), relative: 1e-14))
    }
}
