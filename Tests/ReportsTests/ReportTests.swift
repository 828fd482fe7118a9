import Foundation
import GraphEngine
import Reports
import Testing

/// The `eval` reports: text tables, JSON and DOT, read back and checked against the engine.
@Suite("Reports") struct ReportTests {
    /// The source's eq. 10 graph, `c = a + b; d = b + 1; e = c · d`, at a = 2, b = 1.
    static func cde() throws -> Evaluation {
        try Evaluation(Graph(parsing: "c = a + b; d = b + 1; e = c * d"), inputs: ["a": 2, "b": 1])
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("JSON for one output: the issue's shape")
    func jsonOneOutput() throws {
        let report = try json(JSONReport.render(Analysis(Self.cde())))
        #expect(report["output"] as? String == "e")
        #expect(report["values"] as? [String: Double] == ["a": 2, "b": 1, "c": 3, "d": 2, "e": 6])
        #expect(report["reverse"] as? [String: Double] == ["a": 2, "b": 5, "c": 2, "d": 3, "e": 1])
        let forward = try #require(report["forward"] as? [String: [String: Double]])
        #expect(forward["b"] == ["a": 0, "b": 1, "c": 1, "d": 1, "e": 5])
        let edges = try #require(report["edges"] as? [[String: Any]])
        #expect(edges.map { "\($0["from"]!)→\($0["to"]!) \($0["formula"]!) \($0["partial"]!)" }
            == ["a→c 1 1", "b→c 1 1", "b→d 1 1", "c→e d 2", "d→e c 3"])
        let paths = try #require(report["paths"] as? [String: [String: Any]])
        #expect(paths["b"]?["count"] as? Int == 2)
        #expect(paths["b"]?["sum"] as? Double == 5)
        let listed = try #require(paths["b"]?["paths"] as? [[String: Any]])
        #expect(listed.map { $0["nodes"] as? [String] } == [["b", "c", "e"], ["b", "d", "e"]])
        #expect(listed.map { $0["product"] as? Double } == [2, 3])
        let numeric = try #require(report["numeric"] as? [String: Double])
        #expect(abs(numeric["a"]! - 2) < 1e-6 && abs(numeric["b"]! - 5) < 1e-6)
    }

    @Test("JSON for several outputs: output is a list, reverse, paths and numeric are keyed by output")
    func jsonSeveralOutputs() throws {
        let graph = try Graph(parsing: "c = a + b; d = b + 1; e = c * d; f = c * c", outputs: ["e", "f"])
        let report = try json(JSONReport.render(Analysis(Evaluation(graph, inputs: ["a": 2, "b": 1]))))
        #expect(report["output"] as? [String] == ["e", "f"])
        let reverse = try #require(report["reverse"] as? [String: [String: Double]])
        #expect(reverse["e"]?["b"] == 5)
        #expect(reverse["f"]?["b"] == 6)
        let paths = try #require(report["paths"] as? [String: [String: [String: Any]]])
        #expect(paths["b"]?["f"]?["count"] as? Int == 2)
        let numeric = try #require(report["numeric"] as? [String: [String: Double]])
        #expect(abs(numeric["a"]!["f"]! - 6) < 1e-6)
    }

    @Test("JSON writes non-finite numbers as strings and lists warnings")
    func jsonNonFinite() throws {
        let evaluation = try Evaluation(Graph(parsing: "y = log(x); z = 1 / x; w = sqrt(x - 1)"), inputs: ["x": 0])
        let text = JSONReport.render(Analysis(evaluation))
        #expect(text.contains(#""values": {"x": 0, "y": "-inf", "z": "inf", "%1": -1, "w": "nan"}"#))
        let report = try json(text)
        #expect(report["warnings"] as? [String] == [
            "warning: y = log(x) = log(0) = -inf: the value is not finite",
            "warning: z = 1 / x = 1 / 0 = inf: the value is not finite",
            "warning: w = sqrt(%1) = sqrt(-1) = nan: the value is not finite",
        ])
    }

    @Test("JSON quotes names and formulas safely")
    func jsonQuoting() {
        #expect(JSON.string("a\"b\\c\n\u{1}").text == #""a\"b\\c\n\u0001""#)
        #expect(JSON.object([("x", .number(0.5)), ("n", .integer(3))]).text == #"{"x": 0.5, "n": 3}"#)
        #expect(JSON.array([.number(2), .number(1e16), .number(.nan), .number(.infinity), .number(-.infinity)]).text
            == #"[2, 1e+16, "nan", "inf", "-inf"]"#)
    }

    @Test("DOT: every node with its value, every edge with its partial, constants folded")
    func dot() throws {
        let text = DotReport.render(try Self.cde())
        #expect(text.contains(#""a" [label="a (input)\n= 2"];"#))
        #expect(text.contains(#""d" [label="d = b + 1\n= 2"];"#))
        #expect(text.contains(#""e" [label="e = c · d\n= 6", penwidth=2];"#))
        #expect(text.contains(#""d" -> "e" [label="∂e/∂d = c = 3"];"#))
        #expect(text.components(separatedBy: " -> ").count - 1 == 5)
        #expect(!text.contains("\"1\""))
    }

    @Test("Text report: paths, forward, reverse and numeric side by side")
    func text() throws {
        let lines = TextReport.render(Analysis(try Self.cde())).split(separator: "\n").map {
            $0.split(separator: " ").joined(separator: " ")
        }
        #expect(lines.contains("de/db b→c→e 1·2 = 2 5 5 5 5.0000000000 ✓ agree"))
        #expect(lines.contains("b→d→e 1·3 = 3"))
        #expect(lines.contains("forward mode 2 10 one sweep per input"))
        #expect(lines.contains("reverse mode 1 5 one sweep per output"))
        #expect(lines.contains("every path - 6 3 paths, each edge of each path"))
    }

    @Test("Text report marks a derivative the numeric check disagrees with")
    func textDisagreement() throws {
        let evaluation = try Evaluation(Graph(parsing: "y = relu(x)"), inputs: ["x": 0])
        let analysis = Analysis(evaluation)
        #expect(!analysis.agrees(input: 0, output: 0))
        #expect(TextReport.render(analysis).contains("✗ differ"))
    }
}
