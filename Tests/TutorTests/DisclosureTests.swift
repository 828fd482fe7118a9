import GraphEngine
import RandomGraphs
import Testing
import Tutor

@Suite("Disclosure: what the learner has been shown")
struct DisclosureTests {
    static let graphs = [
        "a = 2; b = 1; c = a + b; d = b + 1; e = c * d",
        "x = 3; y = x * 2; f = x * y",
        "w = 0.5; x = 2; b = -1; z = w * x + b; y = sigmoid(z); L = (y - 1)^2",
        "a = 1; b = 2; p = a * b; q = p + a; r = q * p; s = exp(r / 10) + b",
    ]

    /// The graphs above, and 40 seeded random ones with fan-out and several outputs.
    func analyses() throws -> [Analysis] {
        let random = (1...40).map { seed in
            RandomGraph(seed: seed, options: .init(nodes: 2...14, dense: true, extraOutputs: 0...1)).graph
        }
        return try (Self.graphs.map { try Graph(parsing: $0) } + random).map { try Analysis(Evaluation($0)) }
    }

    /// Every pass a graph offers the explorer and the lessons: forward values, the local
    /// partials, forward mode from each input, reverse mode from each output, and paths for
    /// each pair.
    func kinds(_ analysis: Analysis) -> [Pass.Kind] {
        [Pass.Kind.forward, .partials] + [Pass.Name.tangent, .reverse, .paths].flatMap {
            Pass.Kind.all($0, inputs: analysis.inputs, outputs: analysis.outputs)
        }
    }

    @Test func withoutAPassEverythingIsShown() throws {
        for analysis in try analyses() {
            let disclosure = Disclosure(analysis, nil)
            for node in analysis.graph.nodes.indices { #expect(disclosure.value(node) == analysis.evaluation.values[node]) }
            for edge in analysis.graph.edges { #expect(disclosure.partial(edge) == analysis.evaluation.partial(edge)) }
            for (i, input) in analysis.inputs.enumerated() {
                for (o, output) in analysis.outputs.enumerated() {
                    #expect(disclosure.tangent(output, input: input) == analysis.forward(i).tangents[output])
                    #expect(disclosure.adjoint(input, output: output) == analysis.reverse(o).adjoints[input])
                    #expect(disclosure.pathSum(input: input, output: output) == analysis.paths(i, o).sum)
                    #expect(disclosure.numeric(input: input, output: output) == analysis.numeric(i, o))
                    #expect(disclosure.listedPaths(input: input, output: output) == analysis.paths(i, o).paths.count)
                }
            }
        }
    }

    @Test func theForwardPassHidesEveryDerivative() throws {
        for analysis in try analyses() {
            var walkthrough = Walkthrough(Pass(.forward, analysis.evaluation))
            for revealed in 0..<walkthrough.steps.count {
                walkthrough.revealed = revealed
                let disclosure = Disclosure(analysis, walkthrough)
                let computed = Set(walkthrough.steps.prefix(revealed).map(\.node))
                for node in analysis.graph.nodes.indices where analysis.graph.operations[node] != .constant {
                    #expect((disclosure.value(node) != nil) == computed.contains(node))
                }
                for edge in analysis.graph.edges { #expect((disclosure.partial(edge) != nil) == computed.contains(edge.target)) }
                for input in analysis.inputs {
                    for output in analysis.outputs {
                        #expect(disclosure.tangent(output, input: input) == nil)
                        #expect(disclosure.adjoint(input, output: output) == nil)
                        #expect(disclosure.pathSum(input: input, output: output) == nil)
                        #expect(disclosure.numeric(input: input, output: output) == nil)
                        #expect(disclosure.listedPaths(input: input, output: output) == 0)
                    }
                }
            }
            walkthrough.revealed = walkthrough.steps.count
            #expect(Disclosure(analysis, walkthrough).numeric(input: analysis.inputs[0], output: analysis.outputs[0]) == nil)
            #expect(Disclosure(analysis, nil).numeric(input: analysis.inputs[0], output: analysis.outputs[0]) != nil)
        }
    }

    /// At every step of every pass, each of the pass's own quantities shows the number of the
    /// latest step about it, or nothing if no step was; when the pass ends, the engine's answer.
    @Test func aPassShowsItsQuantitiesAsItReachesThem() throws {
        for analysis in try analyses() {
            for kind in kinds(analysis) {
                var walkthrough = Walkthrough(Pass(kind, analysis.evaluation))
                for revealed in 0...walkthrough.steps.count {
                    walkthrough.revealed = revealed
                    let disclosure = Disclosure(analysis, walkthrough)
                    let steps = walkthrough.steps.prefix(revealed)
                    for step in steps where step.kind != .evaluation {
                        let latest = steps.last { $0.quantity == step.quantity }!.value
                        #expect(disclosure.number(step.quantity) == latest, "\(kind) step \(revealed): \(step.quantity)")
                    }
                    for step in walkthrough.steps.dropFirst(revealed) where !steps.contains(where: { $0.quantity == step.quantity }) {
                        if case .pathSum = step.quantity {} else if revealed < walkthrough.steps.count {
                            #expect(disclosure.number(step.quantity) == nil, "\(kind) step \(revealed) shows \(step.quantity) early")
                        }
                    }
                }
                let done = Disclosure(analysis, walkthrough)
                for (i, input) in analysis.inputs.enumerated() {
                    for (o, output) in analysis.outputs.enumerated() {
                        if kind == .tangent(input: input) { #expect(done.tangent(output, input: input) == analysis.forward(i).tangents[output]) }
                        if kind == .reverse(output: output) { #expect(done.adjoint(input, output: output) == analysis.reverse(o).adjoints[input]) }
                        if kind == .paths(input: input, output: output) { #expect(done.pathSum(input: input, output: output) == analysis.paths(i, o).sum) }
                    }
                }
            }
        }
    }

    @Test func thePathSumWaitsForTheLastPath() throws {
        let analysis = try analyses()[0]
        let (b, e) = (analysis.graph.index(of: "b")!, analysis.graph.index(of: "e")!)
        var walkthrough = Walkthrough(Pass(.paths(input: b, output: e), analysis.evaluation))
        walkthrough.revealed = 1
        #expect(Disclosure(analysis, walkthrough).pathSum(input: b, output: e) == nil)
        #expect(Disclosure(analysis, walkthrough).listedPaths(input: b, output: e) == 1)
        #expect(Disclosure(analysis, walkthrough).pathProduct(1, input: b, output: e) == nil)
        walkthrough.revealed = 3
        #expect(Disclosure(analysis, walkthrough).pathSum(input: b, output: e) == 5)
        #expect(Disclosure(analysis, walkthrough).pathProduct(1, input: b, output: e) == 3)
    }
}
