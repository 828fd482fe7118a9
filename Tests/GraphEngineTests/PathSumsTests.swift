@testable import GraphEngine
import Testing

@Suite("Path sums: the chain rule as a sum over paths")
struct PathSumsTests {
    @Test("c, d, e from a: one path a→c→e with product 1·2 = 2")
    func cdeFromA() throws {
        let evaluation = try CDE.evaluation()
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("a"), to: graph.node("e"))
        #expect(sums.count == .exact(1))
        #expect(sums.edgeVisits == .exact(2))
        #expect(sums.paths.map { PathSums.describe($0, in: graph) } == ["a→c→e"])
        #expect(sums.paths.map(\.product) == [2])
        #expect(sums.sum == 2)
        #expect(!sums.isTruncated)
    }

    @Test("c, d, e from b: paths b→c→e (1·2) and b→d→e (1·3), sum 5")
    func cdeFromB() throws {
        let evaluation = try CDE.evaluation()
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("b"), to: graph.node("e"))
        #expect(sums.count == .exact(2))
        #expect(sums.edgeVisits == .exact(4))
        #expect(sums.paths.map { PathSums.describe($0, in: graph) } == ["b→c→e", "b→d→e"])
        #expect(sums.paths.map(\.product) == [2, 3])
        #expect(sums.paths[1].edges.map { evaluation.partial($0) } == [1, 3])
        #expect(sums.sum == 5)
    }

    @Test("An input that does not reach the output has no paths and a zero sum")
    func unreachable() throws {
        let evaluation = try Evaluation(Graph(parsing: "c = a * 2; d = b + 1; e = d * d"), inputs: ["a": 1, "b": 1])
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("a"), to: graph.node("e"))
        #expect(sums.count == .exact(0))
        #expect(sums.paths.isEmpty)
        #expect(sums.sum == 0)
        #expect(!sums.isTruncated)
    }

    @Test("Path explosion: 3 edges X→Y, 3 edges Y→Z, 9 paths summing to (1+2+3)(4+5+6) = 90")
    func pathExplosion() throws {
        let text = """
            y1 = 1*x; y2 = 2*x; y3 = 3*x
            y = y1 + y2 + y3
            z1 = 4*y; z2 = 5*y; z3 = 6*y
            z = z1 + z2 + z3
            """
        let evaluation = try Evaluation(Graph(parsing: text), inputs: ["x": 1])
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("x"), to: graph.node("z"))
        #expect(sums.count == .exact(9))
        #expect(!sums.isTruncated)
        // αδ, αε, αζ, βδ, βε, βζ, γδ, γε, γζ (eq. 16), depth first.
        #expect(sums.paths.map(\.product) == [4, 5, 6, 8, 10, 12, 12, 15, 18])
        #expect(sums.sum == 90)
        #expect(sums.sum == (1 + 2 + 3) * (4 + 5 + 6))  // eq. 17
        for path in sums.paths {
            #expect(path.nodes.first == graph.node("x") && path.nodes.last == graph.node("z"))
            #expect(path.edges.count == path.nodes.count - 1)
            #expect(path.product == path.edges.reduce(1) { $0 * evaluation.partial($1) })
        }
        // Forward and reverse mode merge at Y and get the same number touching each edge once.
        #expect(TangentSweep(evaluation, input: graph.node("x")).tangents[graph.node("z")] == 90)
        #expect(AdjointSweep(evaluation, output: graph.node("z")).adjoints[graph.node("x")] == 90)
    }

    @Test("Path explosion built directly from flat arrays, with α…ζ as edge partials")
    func pathExplosionFlat() throws {
        // x; y_k = α_k · x (constants α_k); y = y1 + y2 + y3; z_k = δ_k · y; z = z1 + z2 + z3.
        var nodes: [Graph.Node] = []
        var operations: [Operation] = []
        var lhs: [Int32] = []
        var rhs: [Int32] = []
        func add(_ name: String, _ operation: Operation, _ operands: [Int] = [], value: Double? = nil) -> Int {
            nodes.append(Graph.Node(name: name, operation: operation, expression: name, location: nil, value: value))
            operations.append(operation)
            lhs.append(operands.count > 0 ? Int32(operands[0]) : -1)
            rhs.append(operands.count > 1 ? Int32(operands[1]) : -1)
            return nodes.count - 1
        }
        let x = add("X", .input, value: 1)
        let ys = [1.0, 2, 3].enumerated().map { (k: Int, alpha: Double) in
            add("Y\(k + 1)", .multiply, [add("\(alpha)", .constant, value: alpha), x])
        }
        let y = add("Y", .add, [add("%1", .add, [ys[0], ys[1]]), ys[2]])
        let zs = [4.0, 5, 6].enumerated().map { (k: Int, delta: Double) in
            add("Z\(k + 1)", .multiply, [add("\(delta)", .constant, value: delta), y])
        }
        let z = add("Z", .add, [add("%2", .add, [zs[0], zs[1]]), zs[2]])
        let graph = Graph(nodes: nodes, operations: operations, lhs: lhs, rhs: rhs)
        #expect(graph.outputs == [z])
        let evaluation = try Evaluation(graph)
        let sums = PathSums(evaluation, from: x, to: z)
        #expect(sums.count == .exact(9))
        #expect(sums.paths.map(\.product).sorted() == [4, 5, 6, 8, 10, 12, 12, 15, 18])
        #expect(sums.sum == 90)
    }

    /// `n` diamonds in a row: each x_i splits into l_i and r_i, which join again in x_{i+1}.
    static func diamonds(_ n: Int) -> String {
        (1...n).map { i in "l\(i) = x\(i - 1) * 0.5; r\(i) = x\(i - 1) * 0.5; x\(i) = l\(i) + r\(i)" }.joined(separator: "\n")
    }

    @Test("20 diamonds: exactly 2^20 paths, only as many listed as 100,000 edges hold")
    func twentyDiamonds() throws {
        let evaluation = try Evaluation(Graph(parsing: Self.diamonds(20)), inputs: ["x0": 3])
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("x0"), to: graph.node("x20"))
        #expect(sums.count == .exact(1 << 20))
        #expect(sums.edgeVisits == .exact(40 << 20))
        #expect(sums.paths.count == PathSums.defaultEdgeBudget / 40)
        #expect(sums.isTruncated)
        #expect(sums.paths.allSatisfy { $0.edges.count == 40 && $0.product == 0x1p-20 })
        #expect(Set(sums.paths.map(\.nodes)).count == PathSums.defaultEdgeBudget / 40)
        #expect(sums.sum == 1)
    }

    /// A graph with exactly `count` paths from `x0` to `z`: doublings `x_k = x_{k-1} + x_{k-1}`
    /// have 2^k paths each, and `z` adds up those of `count`'s binary digits.
    static func paths(_ count: Int) -> String {
        let bits = (0..<Int.bitWidth - 1).filter { count >> $0 & 1 == 1 }
        let doublings = (1...bits.last!).map { "x\($0) = x\($0 - 1) + x\($0 - 1)" }
        return (doublings + ["z = " + bits.map { "x\($0)" }.joined(separator: " + ")]).joined(separator: "\n")
    }

    @Test("The default limit bounds the listing: all paths up to it are listed, beyond it the listing stops and says so",
          arguments: [PathSums.defaultLimit - 1, PathSums.defaultLimit, PathSums.defaultLimit + 1])
    func defaultLimitBoundsTheListing(count: Int) throws {
        let evaluation = try Evaluation(Graph(parsing: Self.paths(count)), inputs: ["x0": 1])
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("x0"), to: graph.node("z"), edgeBudget: .max)
        #expect(sums.count == .exact(UInt64(count)))
        #expect(sums.sum == Double(count))
        #expect(sums.paths.count == min(count, PathSums.defaultLimit))
        #expect(Set(sums.paths.map(\.edges)).count == sums.paths.count)
        #expect(sums.isTruncated == (count > PathSums.defaultLimit))
    }

    @Test("A smaller limit lists fewer paths")
    func smallerLimit() throws {
        let evaluation = try Evaluation(Graph(parsing: Self.diamonds(3)), inputs: ["x0": 3])
        let graph = evaluation.graph
        let all = PathSums(evaluation, from: graph.node("x0"), to: graph.node("x3"))
        #expect(all.count == .exact(8) && all.paths.count == 8 && !all.isTruncated)
        let some = PathSums(evaluation, from: graph.node("x0"), to: graph.node("x3"), limit: 5)
        #expect(some.count == .exact(8) && some.paths.count == 5 && some.isTruncated)
        #expect(some.paths == Array(all.paths.prefix(5)))
        #expect(some.sum == all.sum)
    }

    @Test("70 diamonds: 2^70 paths, an approximate count, never a wrapped exact one")
    func seventyDiamonds() throws {
        let evaluation = try Evaluation(Graph(parsing: Self.diamonds(70)), inputs: ["x0": 3])
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("x0"), to: graph.node("x70"))
        guard case .approximate(let count) = sums.count else {
            Issue.record("expected an approximate count, got \(sums.count.description)")
            return
        }
        #expect(count == 0x1p70)
        #expect(sums.count.description == "≈1.18059162072e+21")
        guard case .approximate(let visits) = sums.edgeVisits else {
            Issue.record("expected approximate edge visits, got \(sums.edgeVisits.description)")
            return
        }
        #expect(isClose(visits, 140 * 0x1p70, relative: 1e-12))
        #expect(sums.paths.count == PathSums.defaultEdgeBudget / 140)
        #expect(sums.isTruncated)
        #expect(sums.sum == 1)
    }

    /// `a + a + … + a` with `terms` terms: the k-th `a` reaches the output through the
    /// `terms - k + 1` sums after it, so the paths' total length grows with the square of the text.
    static func flatSum(_ terms: Int) -> String {
        "a = 1; y = " + Array(repeating: "a", count: terms).joined(separator: " + ")
    }

    @Test("The edge budget bounds the listing's total length, not only the number of paths")
    func edgeBudgetBoundsTheListing() throws {
        let evaluation = try Evaluation(Graph(parsing: Self.flatSum(4_000)))
        let graph = evaluation.graph
        let sums = PathSums(evaluation, from: graph.node("a"), to: graph.node("y"))
        #expect(sums.count == .exact(4_000))
        #expect(sums.edgeVisits == .exact(4_000 * 4_001 / 2 - 1))
        let listed = sums.paths.map(\.edges.count).reduce(0, +)
        #expect(listed <= PathSums.defaultEdgeBudget && listed + 4_000 > PathSums.defaultEdgeBudget)
        #expect(sums.isTruncated && sums.sum == 4_000)
        let few = PathSums(evaluation, from: graph.node("a"), to: graph.node("y"), edgeBudget: 10)
        #expect(few.paths.isEmpty && few.isTruncated && few.sum == 4_000)
    }

    @Test("Two edges between the same nodes are two paths: x + x")
    func parallelEdges() throws {
        let text = (1...64).map { "x\($0) = x\($0 - 1) + x\($0 - 1)" }.joined(separator: "\n")
        let evaluation = try Evaluation(Graph(parsing: text), inputs: ["x0": 1])
        let graph = evaluation.graph
        let x0 = graph.node("x0")
        #expect(PathSums(evaluation, from: x0, to: graph.node("x3")).count == .exact(8))
        #expect(PathSums(evaluation, from: x0, to: graph.node("x3")).sum == 8)
        #expect(PathSums(evaluation, from: x0, to: graph.node("x63")).count == .exact(1 << 63))
        #expect(PathSums(evaluation, from: x0, to: graph.node("x64")).count == .approximate(0x1p64))
    }

    @Test("PathCount addition: exact until it overflows, then approximate")
    func pathCountArithmetic() {
        #expect(PathCount.exact(2) + .exact(3) == .exact(5))
        #expect(PathCount.exact(UInt64.max) + .exact(0) == .exact(UInt64.max))
        #expect(PathCount.exact(UInt64.max) + .exact(1) == .approximate(0x1p64))
        #expect(PathCount.approximate(1) + .exact(2) == .approximate(3))
        #expect(PathCount.exact(9).description == "9")
    }
}

@Suite("Parallel edges: both operands one node")
struct ParallelEdgeTests {
    @Test("y = x * x: two edges, told apart by the operand's place in labels and paths")
    func squareHasTwoNamedEdges() throws {
        let evaluation = try Evaluation(Graph(parsing: "y = x * x; z = y + 1"), inputs: ["x": 3])
        let graph = evaluation.graph
        #expect(graph.edges.filter { $0.target == graph.node("y") }.map(graph.partialName) == ["∂y/∂x₁", "∂y/∂x₂"])
        #expect(graph.edges.filter { $0.target == graph.node("z") }.map(graph.partialName) == ["∂z/∂y"])
        let sums = PathSums(evaluation, from: graph.node("x"), to: graph.node("z"))
        #expect(sums.paths.map { PathSums.describe($0, in: graph) } == ["x→₁y→z", "x→₂y→z"])
        #expect(sums.sum == 6)
    }
}
