import GraphEngine
import Words

/// The graph in Graphviz DOT, each node with what it computes and its value, each edge with
/// its local partial as formula and number. Constants are folded into the labels.
public enum DotReport {
    public static func render(_ evaluation: Evaluation) -> String {
        let graph = evaluation.graph
        let words = ReportWords.current
        var lines = ["digraph graphtutor {", "  rankdir=LR;", "  node [shape=box, fontname=\"monospace\"];"]
        for node in graph.nodes.indices where graph.operations[node] != .constant {
            let name = graph.nodes[node].name
            let head = graph.operations[node] == .input ? words.inputLabel(name) : "\(name) = \(graph.formula(of: node))"
            let style = graph.outputs.contains(node) ? ", penwidth=2" : ""
            lines.append("  \(JSON.quoted(name)) [label=\(JSON.quoted("\(head)\n= \(NumberFormat.plain(evaluation.values[node]))"))\(style)];")
        }
        for edge in graph.edges {
            let source = graph.nodes[edge.source].name, target = graph.nodes[edge.target].name
            let label = "\(graph.partialName(edge)) = \(evaluation.partialText(edge))"
            lines.append("  \(JSON.quoted(source)) -> \(JSON.quoted(target)) [label=\(JSON.quoted(label))];")
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }
}
