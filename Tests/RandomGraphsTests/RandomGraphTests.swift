import GraphEngine
import RandomGraphs
import Testing

@Suite("Random graphs: reproducible, and shaped by their options")
struct RandomGraphTests {
    /// Every option away from its default.
    static let shaped = RandomGraph.Options(nodes: 2...40, safeDomains: false, literals: 0.2, extraOutputs: 0...2)

    @Test("The same seed gives the same graph; another seed another")
    func seeded() {
        let (first, again, other) = (RandomGraph(seed: 7), RandomGraph(seed: 7), RandomGraph(seed: 8))
        #expect(first.text == again.text && first.values == again.values)
        #expect(first.graph.operations == again.graph.operations && first.graph.lhs == again.graph.lhs && first.graph.rhs == again.graph.rhs)
        #expect(first.text != other.text)
    }

    @Test("The text parses to the arrays' graph: the same outputs and the same computing nodes")
    func textMatchesArrays() throws {
        for seed in UInt64(1)...100 {
            let random = RandomGraph(seed: seed, options: Self.shaped)
            let parsed = try Graph(parsing: random.text, outputs: random.outputNames)
            let names = { (graph: Graph, nodes: [Int]) in nodes.map { graph.nodes[$0].name } }
            #expect(names(parsed, parsed.outputs) == random.outputNames, "seed \(seed):\n\(random.text)")
            #expect(names(random.graph, random.graph.outputs) == random.outputNames, "seed \(seed)")
            let computing = { (graph: Graph) in graph.operations.filter { $0 != .constant }.sorted { $0.rawValue < $1.rawValue } }
            #expect(computing(parsed) == computing(random.graph), "seed \(seed):\n\(random.text)")
        }
    }

    @Test("Literals, several outputs and squares appear when asked for; safe domains keep values tame")
    func optionsShapeTheGraphs() {
        var literals = 0, severalOutputs = 0, squares = 0, untamed = 0
        for seed in UInt64(1)...100 {
            let random = RandomGraph(seed: seed, options: Self.shaped)
            let graph = random.graph
            literals += graph.operations.filter { $0 == .constant }.count
            if graph.outputs.count > 1 { severalOutputs += 1 }
            squares += graph.operations.indices.filter { graph.operations[$0].arity == 2 && graph.lhs[$0] == graph.rhs[$0] }.count
            if random.values.values.contains(where: { !$0.isFinite || abs($0) > 20 }) { untamed += 1 }
            let tame = RandomGraph(seed: seed, options: RandomGraph.Options(nodes: 2...40))
            #expect(tame.values.values.allSatisfy { $0.isFinite && abs($0) <= 20 }, "seed \(seed):\n\(tame.text)")
            #expect(tame.graph.outputs.count == 1)
        }
        #expect(literals > 100 && severalOutputs > 30 && squares > 10 && untamed > 5)
    }

    @Test("Node count, input count and operations follow the options")
    func sizesAndOperations() {
        let options = RandomGraph.Options(nodes: 50...50, inputs: 6...6, operations: [.add, .tanh], dense: true)
        for seed in UInt64(1)...20 {
            let graph = RandomGraph(seed: seed, options: options).graph
            #expect(graph.count == 50 && graph.inputs.count == 6)
            #expect(Set(graph.operations).subtracting([.input]).isSubset(of: [.add, .tanh]))
        }
    }
}
