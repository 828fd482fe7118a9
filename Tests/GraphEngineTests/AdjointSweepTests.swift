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

    @Test("c, d, e: trace captions, with b receiving two separate contributions")
    func cdeTrace() throws {
        let evaluation = try CDE.evaluation()
        let graph = evaluation.graph
        let steps = AdjointSweep(evaluation, output: graph.node("e")).trace(evaluation)
        // Nodes are visited in reverse topological order (e, d, c), so b hears from d first.
        #expect(steps.map(\.caption) == [
            "seed: ∂e/∂e = 1",
            "∂e/∂d += ∂e/∂e · ∂e/∂d = 1 · 3 → 3",
            "∂e/∂c += ∂e/∂e · ∂e/∂c = 1 · 2 → 2",
            "∂e/∂b += ∂e/∂d · ∂d/∂b = 3 · 1 → 3",
            "∂e/∂b += ∂e/∂c · ∂c/∂b = 2 · 1 → 5",
            "∂e/∂a += ∂e/∂c · ∂c/∂a = 2 · 1 → 2",
        ])
        let intoB = steps.filter { $0.node == graph.node("b") }
        #expect(intoB.count == 2)
        #expect(intoB.map(\.value) == [3, 5])
        #expect(Set(intoB.compactMap { $0.edge?.target }) == [graph.node("c"), graph.node("d")])
        #expect(steps.last?.value == 2)
    }

    @Test("The trace skips edges that do not reach the output")
    func traceSkipsUnreachable() throws {
        let evaluation = try Evaluation(Graph(parsing: "c = a * b; u = exp(a); e = c + 1", outputs: ["e"]), inputs: ["a": 1, "b": 2])
        let graph = evaluation.graph
        let sweep = AdjointSweep(evaluation, output: graph.node("e"))
        #expect(sweep.adjoints[graph.node("u")] == 0)
        #expect(!sweep.trace(evaluation).contains { $0.quantity == "∂e/∂u" })
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
