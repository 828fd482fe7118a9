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
}
