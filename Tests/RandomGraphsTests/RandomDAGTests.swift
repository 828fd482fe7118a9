import GraphEngine
import RandomGraphs
import Testing

@Suite("The benchmark's random DAG")
struct RandomDAGTests {
    static let dag = RandomDAG(count: 10_000, inputs: 64)

    @Test("Exactly the nodes asked for, every one reaching the output, depth the longest path")
    func shape() {
        let graph = Self.dag.graph
        #expect(graph.count == 10_000 && graph.inputs == Array(0..<64) && Self.dag.inputCount == 64)
        #expect(graph.outputs == [graph.count - 1])
        var reaches = [Bool](repeating: false, count: graph.count)
        reaches[graph.count - 1] = true
        var longest = [Int](repeating: 0, count: graph.count)
        for node in graph.operations.indices {
            longest[node] = graph.operands(of: node).map { longest[$0] + 1 }.max() ?? 0
        }
        for node in graph.operations.indices.reversed() where reaches[node] {
            for operand in graph.operands(of: node) { reaches[operand] = true }
        }
        #expect(reaches.allSatisfy { $0 })
        #expect(Self.dag.depth == longest[graph.count - 1])
        #expect(Set(graph.operations) == [.input, .add, .multiply, .tanh])
    }

    /// Figures measured on the benchmark's graph stay comparable only while the generator makes
    /// the same graph: these are the figures of the graph the README was measured on.
    @Test("The same graph as ever: edges, depth and output value pinned")
    func pinned() {
        let graph = Self.dag.graph
        var values = Self.dag.initialValues
        var partials = [Double](repeating: 0, count: 2 * graph.count)
        Evaluation.linearize(graph, values: &values, partials: &partials)
        #expect(graph.edges.count == 15563)
        #expect(Self.dag.depth == 447)
        #expect(values[graph.count - 1] == -81.53826648447225)
    }
}
