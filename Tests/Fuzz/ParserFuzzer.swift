// libFuzzer target for the expression language: any bytes, as graph text, through the parser,
// the evaluation, the sweeps and the error report. Built and run by Tests/Fuzz/run-fuzzer parser.
import GraphEngine
import Reports

/// One input: a crash, a failed `precondition` or a sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let graph = try Graph(parsing: text)
        let values = Dictionary(uniqueKeysWithValues: graph.inputNames.map { ($0, 0.5) })
        let evaluation = try Evaluation(graph, inputs: values)
        for output in graph.outputs { _ = AdjointSweep(evaluation, output: output) }
        if let input = graph.inputs.first { _ = TangentSweep(evaluation, input: input) }
        for node in graph.nodes.indices { _ = evaluation.equation(for: node) }
    } catch {
        let report = ErrorReport.render(error, source: text, file: "fuzz")
        // Nothing the user typed may reach the terminal raw.
        precondition(!report.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        if let location = error.location {
            precondition(location.line >= 1 && location.column >= 1)
        }
    }
    return 0
}
