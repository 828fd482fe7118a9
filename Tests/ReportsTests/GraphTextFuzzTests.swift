import Foundation
import GraphEngine
import Reports
import Testing
import Tutor

/// The grammar-based fuzzer: seeded random valid and near-valid graph texts through the parser,
/// the evaluation, every report and every pass, as `graphtutor eval` runs them. Nothing may
/// crash; valid texts must parse; every error has a place inside the text and is worded with no
/// control character raw; every report is free of them too, and the JSON parses.
///
/// `GRAPHTUTOR_FUZZ_CASES=100000 swift test --filter GraphTextFuzzTests` runs a longer campaign.
@Suite struct GraphTextFuzzTests {
    static let cases = ProcessInfo.processInfo.environment["GRAPHTUTOR_FUZZ_CASES"].flatMap(Int.init) ?? 1500

    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func validTextsParseAndEveryReportIsClean() throws {
        var grammar = GraphTextGrammar(seed: 2024)
        for _ in 0..<Self.cases {
            let text = grammar.validText()
            let graph = try #require(try? Graph(parsing: text), "a valid text was refused: \(text.debugDescription)")
            let evaluation = try Evaluation(graph, inputs: Self.values(graph))
            checkReports(evaluation, text: text)
        }
    }

    @Test func nearValidTextsFailWithAPlaceOrGiveCleanReports() throws {
        var grammar = GraphTextGrammar(seed: 1789)
        var (refused, accepted) = (0, 0)
        for _ in 0..<Self.cases {
            let text = grammar.nearValidText()
            do {
                let graph = try Graph(parsing: text)
                let evaluation = try Evaluation(graph, inputs: Self.values(graph))
                checkReports(evaluation, text: text)
                accepted += 1
            } catch let error as GraphError {
                let report = ErrorReport.render(error, source: text, file: "fuzz\u{9B}.txt")
                #expect(!Self.hasRawControl(report), "\(text.debugDescription) gave \(report.debugDescription)")
                #expect(report.split(separator: "\n", omittingEmptySubsequences: false).count <= 3)
                if let location = error.location {
                    let lines = SourceLocation.lines(of: text)
                    #expect(location.line >= 1 && location.line <= max(1, lines.count), "\(text.debugDescription): \(location)")
                    #expect(location.column >= 1, "\(text.debugDescription): \(location)")
                }
                refused += 1
            } catch {
                Issue.record("\(text.debugDescription) threw \(error)")
            }
        }
        // Both sides of the parser are exercised.
        #expect(refused > Self.cases / 4 && accepted > Self.cases / 20, "refused \(refused), accepted \(accepted)")
    }

    /// A value for each input the text leaves without one (`a`, `b`, `x`, `w_2`), as `--at` gives
    /// them; 0 and -2 reach the edges of log, sqrt and division.
    static func values(_ graph: Graph) -> [String: Double] {
        let values: [String: Double] = ["a": 0, "b": -2, "x": 0.75, "w_2": 1e-3]
        return values.filter { graph.inputNames.contains($0.key) }
    }

    /// Every report `eval` prints, and every pass's captions.
    func checkReports(_ evaluation: Evaluation, text: String) {
        let analysis = Analysis(evaluation)
        let json = JSONReport.render(analysis)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(text.debugDescription): invalid JSON")
        var printed = [TextReport.render(analysis), json, DotReport.render(evaluation)]
        for name in Pass.Name.allCases {
            for kind in Pass.Kind.all(name, inputs: analysis.inputs, outputs: analysis.outputs) {
                printed += Pass(kind, evaluation).steps.map { Caption.text($0, evaluation) }
            }
        }
        for warning in evaluation.warnings { printed.append(ProblemWording.describe(warning, in: evaluation)) }
        #expect(!printed.contains(where: Self.hasRawControl), "\(text.debugDescription)")
    }
}
