/// What each way of getting the derivatives costs on one graph: how many sweeps, and how many
/// edges they touch. Forward mode needs a sweep per input, reverse mode one per output, and
/// listing paths touches every edge of every path.
public struct MethodCost: Equatable, Sendable {
    public let forwardSweeps: Int
    public let forwardEdgeVisits: Int
    public let reverseSweeps: Int
    public let reverseEdgeVisits: Int
    /// How many input-to-output paths there are, over the chosen inputs and outputs.
    public let paths: PathCount
    /// The edge visits it takes to list all of those paths.
    public let pathEdgeVisits: PathCount

    /// The cost of getting ∂output/∂input for every pair of `inputs` and `outputs`.
    public init(_ graph: Graph, inputs: [Int], outputs: [Int]) {
        self.init(graph, inputs: inputs, outputs.map { PathsToOutput(graph, output: $0) })
    }

    /// The same from the outputs' path counts: O(edges) per output, whatever the inputs.
    public init(_ graph: Graph, inputs: [Int], _ toOutputs: [PathsToOutput]) {
        let outputs = toOutputs.map(\.output)
        forwardSweeps = inputs.count
        forwardEdgeVisits = inputs.count * graph.edges.count
        reverseSweeps = outputs.count
        reverseEdgeVisits = outputs.count * graph.edges.count
        var paths = PathCount.exact(0)
        var visits = PathCount.exact(0)
        for input in inputs {
            for toOutput in toOutputs {
                paths = paths + toOutput.count[input]
                visits = visits + toOutput.length[input]
            }
        }
        self.paths = paths
        pathEdgeVisits = visits
    }
}
