@testable import GraphEngine
import RandomGraphs
import Testing

/// A block graph lowered to the scalar graph computes the same values, and the scalar reverse
/// sweep's adjoints equal the block rules' gradients.
@Suite("Block lowering") struct BlockLoweringTests {
    @Test("the lowered scalar graph's values and adjoints equal the block rules' results", arguments: ArrayGradientTests.seeds)
    func loweredAdjoints(seed: UInt64) throws {
        for testCase in ArrayCases.all(seed: seed) {
            let blocks = BlockEvaluation(try testCase.graph())
            let lowering = BlockLowering(blocks)
            let scalar = lowering.evaluation
            for (block, entries) in lowering.entries.enumerated() where blocks.graph.nodes[block].operation != .constant {
                let values = entries.map { scalar.values[$0] }
                #expect(zip(values, blocks.values[block]).allSatisfy(close), "\(testCase.name): \(blocks.graph.nodes[block].name) = \(values), blocks \(blocks.values[block])")
            }
            let output = try #require(lowering.graph.outputs.first)
            let adjoints = AdjointSweep(scalar, output: output).adjoints
            let reverse = BlockAdjointSweep(blocks, output: blocks.graph.outputs[0])
            for input in blocks.graph.inputs {
                let lowered = lowering.entries[input].map { adjoints[$0] }
                #expect(zip(lowered, reverse.adjoints[input]).allSatisfy(close), "\(testCase.name): \(blocks.graph.nodes[input].name): \(lowered) against \(reverse.adjoints[input])")
            }
        }
    }

    @Test("each block becomes a contiguous range of scalar nodes that holds its entries, named by row and column")
    func ranges() throws {
        let graph = try BlockGraph(parsing: "h = affine(x, W, b); L = sum(h)",
                                   inputs: ["x": ArrayValue(shape: .matrix(2, 3), entries: [1, 2, 3, 4, 5, 6]),
                                            "W": ArrayValue(shape: .matrix(3, 2), entries: [1, 0, 0, 1, 1, 1]), "b": ArrayValue(shape: .vector(2), entries: [1, 2])])
        let lowering = BlockLowering(BlockEvaluation(graph))
        #expect(lowering.nodes.first?.lowerBound == 0 && lowering.nodes.last?.upperBound == lowering.graph.count)
        #expect(zip(lowering.nodes, lowering.nodes.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        for (range, entries) in zip(lowering.nodes, lowering.entries) { #expect(entries.allSatisfy(range.contains)) }
        let h = graph.index(of: "h")!
        #expect(lowering.entries[h].map { lowering.graph.nodes[$0].name } == ["h[1,1]", "h[1,2]", "h[2,1]", "h[2,2]"])
        // Each entry of h: three products and their sum with b's entry, 3 additions.
        #expect(lowering.nodes[h].count == 4 * (3 + 3))
        #expect(lowering.graph.nodes[lowering.entries[graph.index(of: "W")!][1]].name == "W[1,2]")
        #expect(lowering.evaluation.values[lowering.entries[h][0]] == 1 + 3 + 1)
    }

    private func close(_ a: Double, _ b: Double) -> Bool { a == b || abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
}
