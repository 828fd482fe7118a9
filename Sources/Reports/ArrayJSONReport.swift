import GraphEngine
import Tutor

/// The `eval --json` report of an array graph: the numbers of `ArrayTextReport`, for programs.
/// Arrays are nested lists (a matrix a list of rows), scalars numbers, and `shapes` gives each
/// node's dimensions (`[]` for a scalar, `[3]` for a vector, `[2, 3]` for a matrix).
public enum ArrayJSONReport {
    public static func render(_ analysis: BlockAnalysis) -> String {
        var output = ReportOutput()
        write(analysis, to: &output)
        return output.text
    }

    public static func write(_ analysis: BlockAnalysis, to output: inout ReportOutput) {
        let graph = analysis.graph
        let shown = graph.varying
        let several = analysis.outputs.count > 1
        JSONWriter.writing(into: &output) { json in
            func name(_ node: Int) -> String { graph.nodes[node].name }
            func array(_ entries: [Double], _ shape: Shape) {
                guard shape.isMatrix else {
                    if shape.isScalar { return json.number(entries[0]) }
                    json.beginArray()
                    for entry in entries { json.number(entry) }
                    return json.endArray()
                }
                json.beginArray()
                let columns = shape.dimensions[1]
                for row in 0..<shape.dimensions[0] { array(Array(entries[row * columns..<(row + 1) * columns]), .vector(columns)) }
                json.endArray()
            }
            func names(_ nodes: [Int]) {
                json.beginArray()
                for node in nodes { json.string(name(node)) }
                json.endArray()
            }
            /// `write(o)` for each output, keyed by its name when there are several.
            func byOutput(_ write: (Int) -> Void) {
                guard several else { return write(0) }
                json.beginObject()
                for o in analysis.outputs.indices { json.key(name(analysis.outputs[o])); write(o) }
                json.endObject()
            }
            /// Each input's gradient by `gradient`, per output.
            func gradients(_ gradient: (Int) -> [[Double]]) {
                let all = analysis.inputs.indices.map(gradient)
                byOutput { o in
                    json.beginObject()
                    for (i, input) in analysis.inputs.enumerated() { json.key(name(input)); array(all[i][o], graph.nodes[input].shape) }
                    json.endObject()
                }
            }

            json.beginObject()
            json.key("output")
            if several { names(analysis.outputs) } else { json.string(name(analysis.outputs[0])) }
            json.key("inputs"); names(analysis.inputs)
            json.key("shapes"); json.beginObject()
            for node in shown {
                json.key(name(node)); json.beginArray()
                for size in graph.nodes[node].shape.dimensions { json.integer(size) }
                json.endArray()
            }
            json.endObject()
            json.key("values"); json.beginObject()
            for node in shown { json.key(name(node)); array(analysis.evaluation.values[node], graph.nodes[node].shape) }
            json.endObject()
            json.key("edges"); json.beginArray()
            let z = name(analysis.outputs[0])
            for edge in graph.edges {
                let reverse = graph.reverseRule(edge) { Notation.marks.total(z, $0) }
                let forward = graph.forwardRule(edge) { Notation.marks.tangent($0) }
                json.value(.object([
                    ("from", .string(name(edge.source))), ("to", .string(name(edge.target))),
                    ("reverse", .object([("rule", .string(reverse.formula)), ("shapes", .string(reverse.shapes))])),
                    ("forward", .object([("rule", .string(forward.formula)), ("shapes", .string(forward.shapes))])),
                ]))
            }
            json.endArray()
            json.key("reverse")
            byOutput { o in
                json.beginObject()
                for node in shown { json.key(name(node)); array(analysis.reverse[o].adjoints[node], graph.nodes[node].shape) }
                json.endObject()
            }
            json.key("forward"); gradients(analysis.forwardGradient)
            json.key("numeric"); gradients(analysis.numericGradient)
            json.key("cost")
            json.value(.object([
                ("forward", .object([("sweeps", .integer(analysis.forwardSweeps))])),
                ("reverse", .object([("sweeps", .integer(analysis.outputs.count))])),
            ]))
            json.key("warnings"); json.beginArray()
            for node in analysis.evaluation.nonFinite { json.string(ArrayTextReport.warning(node, analysis.evaluation)) }
            json.endArray()
            json.endObject()
        }
        output.write(byte: UInt8(ascii: "\n"))
    }
}
