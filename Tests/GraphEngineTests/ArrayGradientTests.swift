@testable import GraphEngine
import RandomGraphs
import Testing

/// Every array operation's rules on many random shapes: reverse mode against forward mode and
/// the central difference, entry by entry.
@Suite("Array gradients") struct ArrayGradientTests {
    static let seeds: [UInt64] = Array(1...12)

    @Test("reverse mode agrees with forward mode and the central difference on every entry", arguments: seeds)
    func gradients(seed: UInt64) throws {
        for testCase in ArrayCases.all(seed: seed) {
            let analysis = BlockAnalysis(BlockEvaluation(try testCase.graph()))
            for i in analysis.inputs.indices {
                let (reverse, forward, numeric) = (analysis.reverseGradient(i)[0], analysis.forwardGradient(i)[0], analysis.numericGradient(i)[0])
                #expect(BlockAnalysis.agree(reverse: reverse, forward: forward, numeric: numeric),
                        "\(testCase.name), d/d\(analysis.graph.nodes[analysis.inputs[i]].name): reverse \(reverse), forward \(forward), numeric \(numeric)")
            }
        }
    }

    @Test("affine expanded into x @ W, a repeat and an addition gives the same numbers", arguments: seeds)
    func expandedAffine(seed: UInt64) throws {
        for testCase in ArrayCases.all(seed: seed) where testCase.text.contains("affine") {
            let (whole, parts) = (BlockAnalysis(BlockEvaluation(try testCase.graph())), BlockAnalysis(BlockEvaluation(try testCase.graph(expandingAffine: true))))
            #expect(!parts.graph.nodes.contains { $0.operation == .affine })
            #expect(parts.graph.nodes.contains { $0.operation == .matrixProduct })
            for i in whole.inputs.indices {
                let (a, b) = (whole.reverseGradient(i)[0], parts.reverseGradient(i)[0])
                #expect(zip(a, b).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($0)) }, "\(testCase.name): \(a) against \(b)")
            }
        }
    }

    @Test("a vector added to every row is a repeat node, whose backward step is the sum over the rows")
    func repeatSumsOverRows() throws {
        let graph = try BlockGraph(parsing: "y = x + b; L = sum(y * [1, 2, 3; 4, 5, 6])",
                                   inputs: ["x": ArrayValue(shape: .matrix(2, 3), entries: [1, 2, 3, 4, 5, 6]), "b": ArrayValue(shape: .vector(3), entries: [0.1, 0.2, 0.3])])
        let repeatNode = try #require(graph.nodes.firstIndex { $0.operation == .repeat(.matrix(2, 3)) })
        #expect(graph.nodes[repeatNode].operands == [graph.index(of: "b")!])
        #expect(graph.formula(of: graph.index(of: "y")!) == "x + \(graph.nodes[repeatNode].name)")
        let sweep = BlockAdjointSweep(BlockEvaluation(graph), output: graph.outputs[0])
        #expect(sweep.adjoints[repeatNode] == [1, 2, 3, 4, 5, 6])
        #expect(sweep.adjoints[graph.index(of: "b")!] == [5, 7, 9])
        let rule = graph.reverseRule(graph.edges.first { $0.target == repeatNode }!) { "dL/d\($0)" }
        #expect(rule.description == "dL/db = sum(dL/d\(graph.nodes[repeatNode].name), 0)   (2×3 → 3)")
    }

    @Test("the matrix product's rules read as the source writes them, with shapes")
    func matrixProductCaptions() throws {
        let graph = try BlockGraph(parsing: "h = x @ W; L = sum(h)",
                                   inputs: ["x": ArrayValue(shape: .matrix(2, 3), entries: Array(repeating: 1, count: 6)),
                                            "W": ArrayValue(shape: .matrix(3, 4), entries: Array(repeating: 1, count: 12))])
        let h = graph.index(of: "h")!
        let edges = graph.edges.filter { $0.target == h }
        #expect(edges.map { graph.reverseRule($0) { "∂L/∂\($0)" }.description }
            == ["∂L/∂x = ∂L/∂h · Wᵀ   (2×4 · 4×3 → 2×3)", "∂L/∂W = xᵀ · ∂L/∂h   (3×2 · 2×4 → 3×4)"])
        #expect(edges.map { graph.forwardRule($0) { "\($0)̇" }.description }
            == ["ḣ += ẋ · W   (2×3 · 3×4 → 2×4)", "ḣ += x · Ẇ   (2×3 · 3×4 → 2×4)"])
    }

    @Test("a constant takes the shape it is used at, with no repeat node, as it never varies")
    func constantsTakeTheirShape() throws {
        let graph = try BlockGraph(parsing: "y = 2 * x", inputs: ["x": ArrayValue(shape: .vector(3), entries: [1, 2, 3])])
        #expect(!graph.nodes.contains { if case .repeat = $0.operation { true } else { false } })
        #expect(BlockEvaluation(graph).value(graph.outputs[0]) == ArrayValue(shape: .vector(3), entries: [2, 4, 6]))
        #expect(graph.formula(of: graph.outputs[0]) == "2 ⊙ x")
    }
}
