/// A block graph written out as a scalar `Graph`: each entry of each block a node, computed by
/// the scalar operations its block's rule lowers to (a matrix product's entry as its products
/// and their sum, a repeat's entries as copies). The scalar sweeps, path sums and central
/// difference then work on it unchanged, and a block's gradient is its entries' adjoints.
public struct BlockLowering: Sendable {
    /// The scalar graph; its outputs are the entries of the block graph's outputs.
    public let graph: Graph
    /// Every node's value for `Evaluation(graph, values:)`: inputs and constants set.
    public let values: [Double]
    /// The scalar nodes each block became, by block: a block's entries and the nodes that
    /// compute them, contiguous.
    public let nodes: [Range<Int>]
    /// Each block's entries' scalar nodes, row after row.
    public let entries: [[Int]]

    /// Lowers `evaluation`'s graph, with its inputs' and constants' values.
    public init(_ evaluation: BlockEvaluation) {
        let blocks = evaluation.graph
        var tape = LoweringTape()
        var nodes: [Range<Int>] = []
        var entries: [[Int32]] = []
        for (index, block) in blocks.nodes.enumerated() {
            let start = tape.count
            tape.block = block.name
            var made: [Int32]
            switch block.operation {
            case .input: made = evaluation.values[index].map { tape.input("", value: $0) }
            case .constant: made = evaluation.values[index].map { tape.constant($0) }
            default:
                made = block.operation.rule!.lower(block.operands.map { entries[$0] }, shapes: block.operands.map { blocks.nodes[$0].shape },
                                                   shape: block.shape, into: &tape)
            }
            if block.operation != .constant {
                for (entry, node) in made.enumerated() { tape.name(node, Self.entryName(block.name, block.shape, entry)) }
            }
            nodes.append(start..<tape.count)
            entries.append(made)
        }
        graph = tape.graph(outputs: blocks.outputs.flatMap { entries[$0].map(Int.init) })
        values = tape.values
        self.nodes = nodes
        self.entries = entries.map { $0.map(Int.init) }
    }

    /// The evaluated scalar graph.
    public var evaluation: Evaluation { Evaluation(graph, values: values) }

    /// The name of entry `entry` of block `name` of `shape`, counted from 1 as in mathematics:
    /// `W[1,2]`, `b[3]`, or the block's own name for a scalar.
    public static func entryName(_ name: String, _ shape: Shape, _ entry: Int) -> String {
        switch shape.dimensions.count {
        case 0: name
        case 1: "\(name)[\(entry + 1)]"
        default: "\(name)[\(entry / shape.dimensions[1] + 1),\(entry % shape.dimensions[1] + 1)]"
        }
    }
}
