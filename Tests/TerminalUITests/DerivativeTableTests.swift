import GraphEngine
import RandomGraphs
@testable import TerminalUI
import Testing
import Tutor

/// The derivative table computes only the rows in view: whichever input is selected, its row
/// shows, the rows shown are inputs in order, and the table keeps to its height.
@Suite struct DerivativeTableTests {
    @Test("The selected input's row shows, among consecutive inputs, within the table's height")
    func selectedRowInView() throws {
        for seed in 0..<8 {
            let random = RandomGraph(seed: UInt64(seed), options: .init(nodes: 40...80, inputs: 12...30))
            let analysis = Analysis(try Evaluation(random.graph))
            let graph = analysis.graph
            let names = graph.inputs.map { graph.nodes[$0].name }
            for (pass, height) in [(nil, 12), (Walkthrough(Pass(.forward, analysis.evaluation)), 18), (nil, 30)] {
                let disclosure = Disclosure(analysis, pass)
                for (index, input) in graph.inputs.enumerated() {
                    let lines = DerivativeTable.lines(disclosure, output: graph.outputs[0], selected: input, width: 70, height: height)
                    #expect(lines.count <= height)
                    let rows = lines.dropFirst().dropLast(2).filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != " " }) }
                    #expect(rows.contains(names[index]), "seed \(seed): \(names[index]) not in \(lines)")
                    let first = try #require(names.firstIndex(of: rows[0]))
                    #expect(rows == Array(names[first..<first + rows.count]), "seed \(seed): \(lines)")
                }
            }
        }
    }
}
