import CTape
import GraphEngine
import Testing

/// The benchmark hands the C tape `Operation` raw values as they are, so the tape's op codes must
/// be those raw values, and the tape must compute what the engine computes for them.
@Suite("The C tape speaks GraphEngine's op codes")
struct OperationCodeTests {
    @Test("Each CTAPE_ code is the raw value of the operation of that name")
    func codesAreRawValues() {
        let codes: [(code: Int, operation: Operation)] = [
            (Int(CTAPE_INPUT), .input), (Int(CTAPE_ADD), .add), (Int(CTAPE_MULTIPLY), .multiply), (Int(CTAPE_TANH), .tanh),
        ]
        for (code, operation) in codes {
            #expect(code == Int(operation.rawValue), "CTAPE_\(String(describing: operation).uppercased())")
        }
    }

    @Test("Given Operation raw values, the tape's values and partials are the engine's, bit for bit")
    func tapeComputesWhatTheEngineComputes() throws {
        let graph = try Graph(parsing: "x = 0.3; y = -1.7; s = x + y; p = s * x; t = tanh(p); u = t * t + y")
        var values = graph.nodes.map { $0.operation == .input ? $0.value! : 0 }
        var partials = [Double](repeating: 0, count: 2 * graph.count)
        var tapeValues = values
        var tapePartials = partials
        Evaluation.linearize(graph, values: &values, partials: &partials)
        ctape_linearize(Int64(graph.count), graph.operations.map(\.rawValue), graph.lhs, graph.rhs, &tapeValues, &tapePartials)
        #expect(tapeValues == values)
        #expect(tapePartials == partials)
    }
}
