// libFuzzer target for the expression language: any bytes, as graph text, through the parser,
// the evaluation, the sweeps and the error report; text that calls for arrays through the block
// graph, its sweeps and (when small) its lowering to scalars; error reports in both languages.
// Built and run by
// Tests/Fuzz/run-fuzzer parser.
import GraphEngine
import Reports
import Words

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
    } catch where error.callsForArrays {
        fuzzArrays(text)
    } catch {
        check(error, text)
    }
    return 0
}

/// `text` as an array graph: built, evaluated, both sweeps, and lowered when small.
func fuzzArrays(_ text: String) {
    do {
        let graph = try BlockGraph(parsing: text)
        let evaluation = BlockEvaluation(graph)
        for output in graph.outputs { _ = BlockAdjointSweep(evaluation, output: output) }
        if let input = graph.inputs.first, graph.nodes[input].shape.count > 0 { _ = BlockTangentSweep(evaluation, input: input, entry: 0) }
        if graph.nodes.reduce(0, { $0 + $1.shape.count }) <= 10_000 { _ = BlockLowering(evaluation) }
    } catch {
        check(error, text)
    }
}

/// The error report for `error`, in English and in Chinese: nothing the user typed raw, and a
/// place inside the text.
func check(_ error: GraphError, _ text: String) {
    for language in Language.allCases {
        let report = Words.$language.withValue(language) { ErrorReport.render(error, source: text, file: "fuzz") }
        // Nothing the user typed may reach the terminal raw.
        precondition(!report.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }
    if let location = error.location {
        precondition(location.line >= 1 && location.column >= 1)
    }
}
