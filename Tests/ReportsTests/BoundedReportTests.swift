import Foundation
import GraphEngine
import Reports
import Testing

/// A report costs what it shows: paths listed within a budget, and no table of inputs × nodes
/// unless it is asked for.
@Suite("Reports stay in proportion to the graph")
struct BoundedReportTests {
    @Test("a + a + … + a of 4,000 terms: the text lists paths within the budget and says how many were left out")
    func flatSumText() throws {
        // 4,000 paths of up to 4,000 edges: 8 million edges to list them all (30 s and 734 MB before).
        let text = "a = 1; y = " + Array(repeating: "a", count: 4_000).joined(separator: " + ")
        let analysis = Analysis(try Evaluation(Graph(parsing: text)))
        let report = TextReport.render(analysis)
        let listed = analysis.paths(0, 0).paths
        #expect(listed.map(\.edges.count).reduce(0, +) <= PathSums.defaultEdgeBudget)
        #expect(report.contains("… 4000 paths in all; \(listed.count) listed"))
        #expect(report.utf8.count < 2_000_000)
        let row = try #require(report.split(separator: "\n").first { $0.contains("dy/da") })
        #expect(row.split(separator: " ").contains("4000"))  // the sum, by forward mode
    }

    @Test("JSON with every input gives the outputs' tangents only, unless every node's is asked for")
    func tangentsOnlyWhenAsked() throws {
        let text = (0..<200).map { "x\($0) = 1" }.joined(separator: "\n") + "\ny = " + (0..<200).map { "x\($0)" }.joined(separator: " + ")
        let analysis = Analysis(try Evaluation(Graph(parsing: text)))
        let small = try #require(JSONSerialization.jsonObject(with: Data(JSONReport.render(analysis, tangents: false).utf8)) as? [String: Any])
        let forward = try #require(small["forward"] as? [String: [String: Double]])
        #expect(forward.count == 200 && forward.values.allSatisfy { $0 == ["y": 1] })
        let full = JSONReport.render(analysis, tangents: true)
        let tangents = try #require((JSONSerialization.jsonObject(with: Data(full.utf8)) as? [String: Any])?["forward"] as? [String: [String: Double]])
        #expect(tangents["x7"]?.count == analysis.graph.varying.count)
    }
}
