import GraphEngine

/// What laying a graph out needs of it, whether a scalar `Graph` or a `BlockGraph`: how many
/// nodes, which are inputs and which constants (no box, no edge), its edges and its outputs.
/// A scalar graph's inputs sit in the first layer; a block graph's each sit just before the
/// first layer that uses it, as a layer's weights are drawn beside it, which keeps a network's
/// graph low enough for a lesson's pane.
struct LayoutGraph {
    let count: Int
    let edges: [Edge]
    let outputs: [Int]
    /// The inputs kept in the first layer: all of a scalar graph's, none of a block graph's.
    let isInput: [Bool]
    let isConstant: [Bool]

    init(_ graph: Graph) {
        count = graph.count
        edges = graph.edges
        outputs = graph.outputs
        isInput = graph.operations.map { $0 == .input }
        isConstant = graph.operations.map { $0 == .constant }
    }

    init(_ graph: BlockGraph) {
        count = graph.count
        edges = graph.edges
        outputs = graph.outputs
        isInput = Array(repeating: false, count: graph.count)
        isConstant = graph.nodes.map { $0.operation == .constant }
    }
}
