import GraphEngine
import Tutor

/// The `eval --json` report: the same numbers as the text report, for programs. Numbers are
/// JSON numbers; non-finite ones are the strings "nan", "inf" and "-inf".
public enum JSONReport {
    /// The report as text; `tangents` as for `write`.
    public static func render(_ analysis: Analysis, tangents: Bool = true) -> String {
        var output = ReportOutput()
        write(analysis, tangents: tangents, to: &output)
        return output.text
    }

    /// Writes the report into `output` as it goes. Under `forward`, each input has every node's
    /// tangent when `tangents` is set, else only the outputs': the report then grows with the
    /// graph, not with inputs × nodes.
    public static func write(_ analysis: Analysis, tangents: Bool = true, to output: inout ReportOutput) {
        let graph = analysis.graph
        let evaluation = analysis.evaluation
        let shown = graph.varying
        let several = analysis.outputs.count > 1
        let nodes = graph.nodes
        func name(_ node: Int) -> String { nodes[node].name }
        // The writer is passed along rather than captured, which would cost a check of
        // exclusive access on every use.
        func byNode(_ json: inout JSONWriter, _ nodes: [Int], _ number: (Int) -> Double) {
            json.beginObject()
            for node in nodes { json.key(name(node)); json.number(number(node)) }
            json.endObject()
        }
        /// `write(o)` for each output, keyed by its name when there are several.
        func byOutput(_ json: inout JSONWriter, _ write: (inout JSONWriter, Int) -> Void) {
            guard several else { return write(&json, 0) }
            json.beginObject()
            for o in analysis.outputs.indices { json.key(name(analysis.outputs[o])); write(&json, o) }
            json.endObject()
        }
        func byInput(_ json: inout JSONWriter, _ write: (inout JSONWriter, Int) -> Void) {
            json.beginObject()
            for (i, input) in analysis.inputs.enumerated() { json.key(name(input)); write(&json, i) }
            json.endObject()
        }
        func paths(_ json: inout JSONWriter, _ sums: PathSums) {
            json.beginObject()
            json.key("count"); json.value(sums.count.json)
            json.key("sum"); json.number(sums.sum)
            json.key("paths"); json.beginArray()
            for path in sums.paths {
                json.beginObject()
                json.key("nodes"); json.beginArray()
                for node in path.nodes { json.string(name(node)) }
                json.endArray()
                json.key("product"); json.number(path.product)
                json.endObject()
            }
            json.endArray()
            if sums.isTruncated { json.key("listed"); json.integer(sums.paths.count) }
            json.endObject()
        }

        JSONWriter.writing(into: &output) { json in
            json.beginObject()
            json.key("output")
            if several {
                json.beginArray()
                for output in analysis.outputs { json.string(name(output)) }
                json.endArray()
            } else {
                json.string(name(analysis.outputs[0]))
            }
            json.key("inputs"); json.beginArray()
            for input in analysis.inputs { json.string(name(input)) }
            json.endArray()
            json.key("values"); byNode(&json, shown) { evaluation.values[$0] }
            json.key("edges"); json.beginArray()
            for edge in graph.edges {
                json.beginObject()
                json.key("from"); json.string(name(edge.source))
                json.key("to"); json.string(name(edge.target))
                json.key("partial"); json.number(evaluation.partial(edge))
                json.key("formula"); json.string(evaluation.formula(edge))
                json.endObject()
            }
            json.endArray()
            json.key("reverse"); byOutput(&json) { json, o in let adjoints = analysis.reverse(o).adjoints; byNode(&json, shown) { adjoints[$0] } }
            json.key("forward")
            if tangents {
                byInput(&json) { json, i in let tangents = analysis.forward(i).tangents; byNode(&json, shown) { tangents[$0] } }
            } else {
                byInput(&json) { json, i in byNode(&json, analysis.outputs) { analysis.forwardDerivative(i, analysis.outputs.firstIndex(of: $0)!) } }
            }
            json.key("paths"); byInput(&json) { json, i in byOutput(&json) { json, o in paths(&json, analysis.paths(i, o)) } }
            json.key("numeric"); byInput(&json) { json, i in byOutput(&json) { json, o in json.number(analysis.numeric(i, o)) } }
            let cost = analysis.cost
            json.key("cost")
            json.value(.object([
                ("forward", .object([("sweeps", .integer(cost.forwardSweeps)), ("edgeVisits", .integer(cost.forwardEdgeVisits))])),
                ("reverse", .object([("sweeps", .integer(cost.reverseSweeps)), ("edgeVisits", .integer(cost.reverseEdgeVisits))])),
                ("paths", .object([("count", cost.paths.json), ("edgeVisits", cost.pathEdgeVisits.json)])),
            ]))
            json.key("warnings"); json.beginArray()
            for warning in evaluation.warnings { json.string(ProblemWording.describe(warning, in: evaluation)) }
            json.endArray()
            json.endObject()
        }
        output.write(byte: UInt8(ascii: "\n"))
    }
}
