import GraphEngine
import RandomGraphs
@testable import TerminalUI
import Testing
import TextCanvas

/// What keeps layout affordable on large graphs gives the same answers as the plain way, and a
/// graph of 10^4 nodes is laid out with work that grows with its nodes, not its long edges.
@Suite struct LayoutAtScaleTests {
    /// The graph `graphtutor-bench --explorer N` draws: + · tanh, a tenth of the nodes inputs.
    static func benchGraph(nodes: Int) -> String {
        let options = RandomGraph.Options(nodes: nodes...nodes, inputs: (nodes / 10)...(nodes / 10), operations: [.add, .multiply, .tanh], dense: true)
        return RandomGraph(seed: UInt64(nodes), options: options).text
    }

    @Test("A graph of 10^4 nodes gets a slot per box and none per layer a long edge skips, and says so on screen")
    func tenThousandNodes() throws {
        let state = try ExplorerState(source: Self.benchGraph(nodes: 10_000))
        let layered = state.layout.layered
        #expect(!layered.drawsLongEdges && !state.layout.drawsEveryEdge)
        #expect(layered.slots.count == state.layout.boxes.count)
        #expect(layered.chains.allSatisfy { $0.count <= 2 })
        let cells = state.layout.routes.map(\.cells.count).reduce(0, +)
        #expect(cells <= 100 * layered.slots.count, "route cells: \(cells)")
        // Too many numbers to measure one by one: boxes are sized for the widest there can be.
        #expect(state.layout.boxes.allSatisfy { $0.width >= BoxText.body($0.node, state.disclosure, state.notation).displayWidth + 4 })
        let screen = state.render(width: 120, height: 40).rows.joined(separator: "\n")
        #expect(screen.contains(GraphPane.longEdgesNotice), "\(screen)")
    }

    @Test("Crossings counted by merge sort equal those counted pair by pair")
    func inversionsByMergeSort() {
        var random = SeededGenerator(seed: 11)
        for length in [0, 1, 2, 3, 7, 64, 300] {
            let values = (0..<length).map { _ in Int(random.next() % 20) }
            let pairs = values.indices.flatMap { i in values.indices.filter { $0 > i && values[i] > values[$0] } }.count
            #expect(LayeredGraph.inversions(values) == pairs)
        }
    }
}
