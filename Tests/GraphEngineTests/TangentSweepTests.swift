@testable import GraphEngine
import Testing

@Suite("Forward mode: the tangent sweep")
struct TangentSweepTests {
    @Test("c, d, e seeded at b: d(a, b, c, d, e)/db = 0, 1, 1, 1, 5")
    func cdeSeededAtB() throws {
        let evaluation = try CDE.evaluation()
        let graph = evaluation.graph
        let sweep = TangentSweep(evaluation, input: graph.node("b"))
        #expect(["a", "b", "c", "d", "e"].map { sweep.tangents[graph.node($0)] } == [0, 1, 1, 1, 5])
    }

    @Test("c, d, e seeded at a: de/da = 2")
    func cdeSeededAtA() throws {
        let evaluation = try CDE.evaluation()
        let graph = evaluation.graph
        let sweep = TangentSweep(evaluation, input: graph.node("a"))
        #expect(["a", "b", "c", "d", "e"].map { sweep.tangents[graph.node($0)] } == [1, 0, 1, 0, 2])
    }

    @Test("c, d, e seeded at b: trace captions")
    func cdeTrace() throws {
        let evaluation = try CDE.evaluation()
        let steps = TangentSweep(evaluation, input: evaluation.graph.node("b")).trace(evaluation)
        #expect(steps.map(\.caption) == [
            "seed: db/db = 1; every other input has tangent 0",
            "dc/db += ∂c/∂b · db/db = 1 · 1 → 1",
            "dd/db += ∂d/∂b · db/db = 1 · 1 → 1",
            "de/db += ∂e/∂c · dc/db = 2 · 1 → 2",
            "de/db += ∂e/∂d · dd/db = 3 · 1 → 5",
        ])
        // e is reached twice, once from c and once from d: forward mode merges there.
        #expect(steps.filter { $0.quantity == "de/db" }.map(\.value) == [2, 5])
    }

    @Test("The trace of a seed at a skips the edges a does not reach")
    func cdeTraceFromA() throws {
        let evaluation = try CDE.evaluation()
        let steps = TangentSweep(evaluation, input: evaluation.graph.node("a")).trace(evaluation)
        #expect(steps.map(\.caption) == [
            "seed: da/da = 1; every other input has tangent 0",
            "dc/da += ∂c/∂a · da/da = 1 · 1 → 1",
            "de/da += ∂e/∂c · dc/da = 2 · 1 → 2",
        ])
    }
}
