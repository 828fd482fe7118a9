import GraphEngine

/// What laying a graph out needs of it, whether a scalar `Graph` or a `BlockGraph`: how many
/// nodes, which are inputs (the first layer) and which constants (no box, no edge), its edges
/// and its outputs.
struct LayoutGraph {
    let count: Int
    let edges: [Edge]
    let outputs: [Int]
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
        isInput = graph.nodes.map { $0.operation == .input }
        isConstant = graph.nodes.map { $0.operation == .constant }
    }
}
