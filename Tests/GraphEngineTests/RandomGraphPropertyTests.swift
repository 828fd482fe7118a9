@testable import GraphEngine
import RandomGraphs
import Testing

/// On every graph, the three ways to the chain rule — reverse mode, forward mode and the sum over
/// paths — must give the same numbers, and those must match a central difference.
@Suite("Properties on 300 random graphs")
struct RandomGraphPropertyTests {
    static let seeds = Array(UInt64(1)...300)

    @Test("Reverse mode = forward mode = path sum ≈ central difference, for every input", arguments: seeds)
    func derivativesAgree(seed: UInt64) throws {
        try Self.checkDerivatives(RandomGraph(seed: seed))
    }

    static let largeSeeds = UInt64(1001)...1012
    static let large = RandomGraph.Options(nodes: 100...160, dense: true)

    @Test("The same on larger graphs, where paths are often too many to list", arguments: largeSeeds)
    func derivativesAgreeOnLargeGraphs(seed: UInt64) throws {
        try Self.checkDerivatives(RandomGraph(seed: seed, options: Self.large))
    }

    static func checkDerivatives(_ random: RandomGraph) throws {
        let seed = random.seed
        let graph = random.graph
        let evaluation = try Evaluation(graph)
        let output = try #require(graph.outputs.first)
        let adjoints = AdjointSweep(evaluation, output: output).adjoints
        for input in graph.inputs {
            let context = Comment(rawValue: "seed \(seed), ∂\(graph.nodes[output].name)/∂\(graph.nodes[input].name) in:\n\(random.text)")
            let reverse = adjoints[input]
            let forward = TangentSweep(evaluation, input: input).tangents[output]
            let sums = PathSums(evaluation, from: input, to: output)
            #expect(reverse.isFinite, context)
            #expect(isClose(reverse, forward, relative: 1e-9), context)
            let scale = max(1, sums.paths.reduce(0) { $0 + abs($1.product) })
            #expect(isClose(sums.sum, reverse, relative: 1e-9, scale: scale), context)
            #expect(sums.count == Self.countPaths(graph, from: input, to: output), context)
            if !sums.isTruncated {
                #expect(sums.paths.count == Int(sums.count.magnitude), context)
                for path in sums.paths {
                    #expect(path.nodes.first == input && path.nodes.last == output, context)
                    #expect(path.edges.map(\.source) == Array(path.nodes.dropLast()), context)
                    #expect(path.edges.map(\.target) == Array(path.nodes.dropFirst()), context)
                    #expect(path.product == path.edges.reduce(1.0) { $0 * evaluation.partial($1) }, context)
                }
                #expect(Set(sums.paths.map(\.edges)).count == sums.paths.count, "paths are distinct; \(context)")
            }
            let estimate = CentralDifference.estimate(evaluation, input: input, outputs: [output])[0]
            #expect(CentralDifference.agrees(reverse, estimate), "central difference \(estimate) vs \(reverse); \(context)")
        }
    }

    @Test("Every node's adjoint equals the forward sweep seeded at that node", arguments: seeds)
    func adjointOfEveryNode(seed: UInt64) throws {
        let random = RandomGraph(seed: seed)
        let evaluation = try Evaluation(random.graph)
        let output = random.graph.outputs[0]
        let adjoints = AdjointSweep(evaluation, output: output).adjoints
        for node in 0..<random.graph.count where random.graph.operations[node] != .constant {
            let forward = TangentSweep(evaluation, input: node).tangents[output]
            #expect(isClose(adjoints[node], forward, relative: 1e-9), "seed \(seed), node \(random.graph.nodes[node].name) in:\n\(random.text)")
        }
    }

    @Test("Parsing the text and building the arrays give the same graph, values and gradients", arguments: seeds)
    func textMatchesArrays(seed: UInt64) throws {
        let random = RandomGraph(seed: seed)
        let context = Comment(rawValue: "seed \(seed):\n\(random.text)")
        let built = try Evaluation(random.graph)
        let parsed = try Evaluation(Graph(parsing: random.text))
        #expect(parsed.graph.inputs.map { parsed.graph.nodes[$0].name }.sorted() == random.inputNames.sorted(), context)
        #expect(parsed.graph.outputs.map { parsed.graph.nodes[$0].name } == random.outputNames, context)
        // The same operations and operand values in the same order: the very same numbers.
        for name in random.namedInText {
            #expect(parsed.value(name) == built.value(name), "\(name); \(context)")
        }
        // Both agree with values computed without the engine.
        for (name, value) in random.values {
            #expect(isClose(built.value(name), value, relative: 1e-14), "\(name); \(context)")
        }
        // Non-constant node counts agree (inline nodes get generated names, not fewer nodes).
        let nonConstant = { (graph: Graph) in graph.operations.filter { $0 != .constant }.count }
        #expect(nonConstant(parsed.graph) == nonConstant(random.graph), context)
        let builtAdjoints = AdjointSweep(built, output: built.graph.outputs[0]).adjoints
        let parsedAdjoints = AdjointSweep(parsed, output: parsed.graph.outputs[0]).adjoints
        for name in random.inputNames {
            #expect(isClose(parsedAdjoints[parsed.graph.node(name)], builtAdjoints[built.graph.node(name)], relative: 1e-12), "\(name); \(context)")
        }
    }

    @Test("The generator makes graphs worth testing: all sizes, fan-out, many paths, every operation")
    func generatorCoverage() throws {
        var sizes = Set<Int>()
        var operations = Set<GraphEngine.Operation>()
        var mostPaths = 0.0
        var multiPathPairs = 0
        var truncatedPairs = 0
        var inlined = 0
        for seed in Self.seeds {
            let random = RandomGraph(seed: seed)
            let graph = random.graph
            sizes.insert(graph.operations.filter { $0 != .constant }.count)
            operations.formUnion(graph.operations)
            inlined += random.values.count - random.namedInText.count
            let evaluation = try Evaluation(graph)
            for input in graph.inputs {
                let sums = PathSums(evaluation, from: input, to: graph.outputs[0])
                mostPaths = max(mostPaths, sums.count.magnitude)
                if sums.count.magnitude > 1 { multiPathPairs += 1 }
                if sums.isTruncated { truncatedPairs += 1 }
            }
        }
        var largeTruncated = 0
        for seed in Self.largeSeeds {
            let random = RandomGraph(seed: seed, options: Self.large)
            let evaluation = try Evaluation(random.graph)
            if random.graph.inputs.contains(where: { PathSums(evaluation, from: $0, to: random.graph.outputs[0]).isTruncated }) { largeTruncated += 1 }
        }
        #expect(largeTruncated >= 4)
        #expect(sizes.min() == 2 && sizes.max() == 30)
        #expect(operations.isSuperset(of: RandomGraph.operations))
        #expect(multiPathPairs > 200)
        #expect(mostPaths > 100)
        #expect(truncatedPairs < 30)
        #expect(inlined > 300)
    }

    /// Paths from `input` to `output` counted here by memoized recursion, for comparison.
    static func countPaths(_ graph: Graph, from input: Int, to output: Int) -> PathCount {
        var memo = [Int: UInt64]()
        var incoming = [[Int]](repeating: [], count: graph.count)
        for edge in graph.edges { incoming[edge.target].append(edge.source) }
        var overflow = false
        func count(_ node: Int) -> UInt64 {
            if node == input { return 1 }
            if let known = memo[node] { return known }
            var total: UInt64 = 0
            for source in incoming[node] {
                let (sum, over) = total.addingReportingOverflow(count(source))
                overflow = overflow || over
                total = sum
            }
            memo[node] = total
            return total
        }
        let total = count(output)
        return overflow ? .approximate(.nan) : .exact(total)
    }
}
