import GraphEngine
import TextCanvas

/// An edge's label: its local partial as formula and number, `∂e/∂c = d = 2`, with `?` for
/// the number until the forward pass has computed the edge's target.
enum EdgeLabel {
    static func text(_ edge: Edge, _ evaluation: Evaluation, known: Bool) -> String {
        "\(evaluation.graph.partialName(edge)) = \(evaluation.partialText(edge, known: known, format: NumberFormat.short))"
    }
}
