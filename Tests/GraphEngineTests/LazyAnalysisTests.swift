@testable import GraphEngine
import RandomGraphs
import Testing

/// `Analysis` computes each number when first asked for: the numbers must be the very ones the
/// passes give when run directly, whatever order they are asked in, and asked again.
@Suite("Analysis on demand gives the numbers of the passes themselves")
struct LazyAnalysisTests {
    /// Random graphs with several inputs and outputs, some with literals.
    static let graphs = (0..<60).map { seed in
        RandomGraph(seed: UInt64(seed), options: .init(nodes: 2...40, inputs: 1...6, literals: seed % 2 == 0 ? 0 : 0.2, extraOutputs: 0...2))
    }

    @Test("Every number, bit for bit, against the passes run directly, in either order of asking")
    func sameNumbers() throws {
        for random in Self.graphs {
            let evaluation = try Evaluation(random.graph)
            let graph = evaluation.graph
            let analysis = Analysis(evaluation)
            let pairs = graph.inputs.indices.flatMap { i in graph.outputs.indices.map { (i, $0) } }
            // Asked backwards first, then forwards: the cache must not change an answer.
            for (i, o) in pairs.reversed() + pairs {
                let (input, output) = (graph.inputs[i], graph.outputs[o])
                let tangents = TangentSweep(evaluation, input: input).tangents
                #expect(analysis.forward(i).tangents.map(\.bitPattern) == tangents.map(\.bitPattern))
                #expect(analysis.forwardDerivative(i, o).bitPattern == tangents[output].bitPattern)
                let adjoints = AdjointSweep(evaluation, output: output).adjoints
                #expect(analysis.reverse(o).adjoints.map(\.bitPattern) == adjoints.map(\.bitPattern))
                #expect(analysis.reverseDerivative(i, o).bitPattern == adjoints[input].bitPattern)
                let sums = PathSums(evaluation, from: input, to: output, edgeBudget: analysis.pathBudget.edges)
                let listed = analysis.paths(i, o)
                #expect(listed.paths == sums.paths && listed.count == sums.count && listed.edgeVisits == sums.edgeVisits)
                #expect(listed.sum.bitPattern == sums.sum.bitPattern)
                let numeric = CentralDifference.estimate(evaluation, input: input, outputs: graph.outputs)[o]
                #expect(analysis.numeric(i, o).bitPattern == numeric.bitPattern)
            }
            #expect(analysis.cost == MethodCost(graph, inputs: graph.inputs, outputs: graph.outputs))
        }
    }

    @Test("The central difference's re-evaluation of only what depends on the input equals a whole one")
    func partialReevaluation() throws {
        for random in Self.graphs {
            let evaluation = try Evaluation(random.graph)
            for input in random.graph.inputs {
                for value in [evaluation.values[input] + 1e-5, -0.75] {
                    let whole = evaluation.setting(input, to: value).values
                    #expect(CentralDifference.values(evaluation, setting: input, to: value).map(\.bitPattern) == whole.map(\.bitPattern))
                }
            }
        }
    }

    @Test("Path counts per output, one backward pass, equal the counts from each input")
    func countsPerOutput() throws {
        for random in Self.graphs {
            let graph = random.graph
            for output in graph.outputs {
                let toOutput = PathsToOutput(graph, output: output)
                for input in graph.inputs {
                    let (count, length) = PathSums.countPaths(graph, from: input)
                    #expect(toOutput.count[input] == count[output] && toOutput.length[input] == length[output])
                }
            }
        }
    }

    @Test("With many inputs, paths are listed within one budget for the whole analysis")
    func sharedBudget() throws {
        let text = (0..<50).map { "x\($0) = \($0)" }.joined(separator: "\n") + "\ny = "
            + (0..<50).map { "x\($0)" }.joined(separator: " * ")
        let analysis = Analysis(try Evaluation(Graph(parsing: text)), pathEdges: 1_000)
        #expect(analysis.pathBudget.edges == 100)  // at least 100 per pair, even when 1,000 / 50 is less
        #expect((0..<50).allSatisfy { analysis.paths($0, 0).paths.count == 1 })
    }

    @Test("Whether any path is listed is known without the listing, also when the first path is too long to list")
    func listsPaths() throws {
        // x's first path in depth-first order is the chain of 150 edges, past the budget of 100.
        let chain = "x = 1; z = 2\nn0 = tanh(x)\n" + (1..<150).map { "n\($0) = tanh(n\($0 - 1))" }.joined(separator: "\n")
            + "\ny = n149 + x"
        let analyses = try Self.graphs.map { Analysis(try Evaluation($0.graph)) }
            + [Analysis(try Evaluation(Graph(parsing: chain)), pathEdges: 100)]
        for analysis in analyses {
            for i in analysis.inputs.indices {
                for o in analysis.outputs.indices {
                    #expect(analysis.listsPaths(i, o) == !analysis.paths(i, o).paths.isEmpty)
                }
            }
        }
        let long = analyses.last!
        #expect(!long.listsPaths(0, 0) && long.paths(0, 0).count == .exact(2))
    }
}
