import GraphEngine
@testable import TerminalUI
import Testing

/// What keeps layout affordable on large graphs gives the same answers as the plain way.
@Suite struct LayoutAtScaleTests {
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
