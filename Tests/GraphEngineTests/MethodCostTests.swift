@testable import GraphEngine
import Testing

@Suite("Method cost: sweeps and edge visits of each way to the derivatives")
struct MethodCostTests {
    @Test("c, d, e: forward 2 sweeps / 10 visits, reverse 1 / 5, paths 3 / 6 visits")
    func cde() throws {
        let graph = try Graph(parsing: CDE.text)
        let cost = MethodCost(graph, inputs: graph.inputs, outputs: graph.outputs)
        #expect(cost.forwardSweeps == 2)
        #expect(cost.forwardEdgeVisits == 10)
        #expect(cost.reverseSweeps == 1)
        #expect(cost.reverseEdgeVisits == 5)
        #expect(cost.paths == .exact(3))
        #expect(cost.pathEdgeVisits == .exact(6))
    }

    @Test("Many inputs, one output: reverse mode is one sweep")
    func twoLayer() throws {
        let graph = try Graph(parsing: TwoLayerNetwork.text)
        let cost = MethodCost(graph, inputs: graph.inputs, outputs: graph.outputs)
        #expect(graph.inputs.count == 9)
        #expect(cost.forwardSweeps == 9)
        #expect(cost.reverseSweeps == 1)
        #expect(cost.forwardEdgeVisits == 9 * graph.edges.count)
        #expect(cost.reverseEdgeVisits == graph.edges.count)
    }

    @Test("Path counts overflow into approximations in the cost too")
    func manyPaths() throws {
        let text = (1...70).map { "x\($0) = x\($0 - 1) + x\($0 - 1)" }.joined(separator: "\n")
        let graph = try Graph(parsing: text)
        let cost = MethodCost(graph, inputs: graph.inputs, outputs: graph.outputs)
        #expect(cost.paths == .approximate(0x1p70))
        #expect(cost.reverseEdgeVisits == 140)
    }
}
