import GraphEngine
import Tutor

/// The `eval --json` report: the same numbers as the text report, for programs. Numbers are
/// JSON numbers; non-finite ones are the strings "nan", "inf" and "-inf".
public enum JSONReport {
    public static func render(_ analysis: Analysis) -> String {
        let graph = analysis.graph
        let evaluation = analysis.evaluation
        let shown = graph.varying
        let several = analysis.outputs.count > 1
        func name(_ node: Int) -> String { graph.nodes[node].name }
        func byNode(_ numbers: [Double]) -> JSON { .object(shown.map { (name($0), .number(numbers[$0])) }) }
        func keyedByOutput(_ make: (Int) -> JSON) -> JSON {
            several ? .object(analysis.outputs.indices.map { (name(analysis.outputs[$0]), make($0)) }) : make(0)
        }
        func paths(_ sums: PathSums) -> JSON {
            var fields: [(String, JSON)] = [
                ("count", sums.count.json), ("sum", .number(sums.sum)),
                ("paths", .array(sums.paths.map { path in
                    .object([("nodes", .array(path.nodes.map { .string(name($0)) })), ("product", .number(path.product))])
                })),
            ]
            if sums.isTruncated { fields.append(("listed", .integer(sums.paths.count))) }
            return .object(fields)
        }
        let inputs = analysis.inputs.enumerated()
        let cost = analysis.cost
        let report = JSON.object([
            ("output", several ? .array(analysis.outputs.map { .string(name($0)) }) : .string(name(analysis.outputs[0]))),
            ("inputs", .array(analysis.inputs.map { .string(name($0)) })),
            ("values", byNode(evaluation.values)),
            ("edges", .array(graph.edges.map { edge in
                .object([("from", .string(name(edge.source))), ("to", .string(name(edge.target))),
                         ("partial", .number(evaluation.partial(edge))), ("formula", .string(evaluation.formula(edge)))])
            })),
            ("reverse", keyedByOutput { byNode(analysis.reverse[$0].adjoints) }),
            ("forward", .object(inputs.map { (name($1), byNode(analysis.forward[$0].tangents)) })),
            ("paths", .object(inputs.map { i, input in (name(input), keyedByOutput { paths(analysis.paths[i][$0]) }) })),
            ("numeric", .object(inputs.map { i, input in (name(input), keyedByOutput { .number(analysis.numeric[i][$0]) }) })),
            ("cost", .object([
                ("forward", .object([("sweeps", .integer(cost.forwardSweeps)), ("edgeVisits", .integer(cost.forwardEdgeVisits))])),
                ("reverse", .object([("sweeps", .integer(cost.reverseSweeps)), ("edgeVisits", .integer(cost.reverseEdgeVisits))])),
                ("paths", .object([("count", cost.paths.json), ("edgeVisits", cost.pathEdgeVisits.json)])),
            ])),
            ("warnings", .array(evaluation.warnings.map { .string(ProblemWording.describe($0, in: evaluation)) })),
        ])
        return report.text + "\n"
    }
}
