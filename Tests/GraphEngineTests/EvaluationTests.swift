@testable import GraphEngine
import Testing

@Suite("Evaluation: values and edge partials")
struct EvaluationTests {
    @Test("c, d, e at a = 2, b = 1: values")
    func cdeValues() throws {
        let evaluation = try CDE.evaluation()
        #expect(evaluation.value("a") == 2)
        #expect(evaluation.value("b") == 1)
        #expect(evaluation.value("c") == 3)
        #expect(evaluation.value("d") == 2)
        #expect(evaluation.value("e") == 6)
        #expect(evaluation.graph.outputs == [evaluation.graph.node("e")])
        #expect(evaluation.graph.inputs.map { evaluation.graph.nodes[$0].name } == ["a", "b"])
    }

    @Test("c, d, e: every edge partial, with its formula")
    func cdePartials() throws {
        let evaluation = try CDE.evaluation()
        let graph = evaluation.graph
        // The constant 1 in d = b + 1 has no edge: constants never vary.
        #expect(graph.edges.count == 5)
        #expect(graph.constantSlots.count == 1)
        var found: [String: (value: Double, formula: String)] = [:]
        for edge in graph.edges {
            found["∂\(graph.nodes[edge.target].name)/∂\(graph.nodes[edge.source].name)"] = (evaluation.partial(edge), evaluation.formula(edge))
        }
        #expect(found.count == 5)
        #expect(found["∂c/∂a"]?.value == 1)
        #expect(found["∂c/∂b"]?.value == 1)
        #expect(found["∂d/∂b"]?.value == 1)
        #expect(found["∂e/∂c"]?.value == 2)
        #expect(found["∂e/∂c"]?.formula == "d")
        #expect(found["∂e/∂d"]?.value == 3)
        #expect(found["∂e/∂d"]?.formula == "c")
        #expect(found["∂c/∂a"]?.formula == "1")
        for slot in graph.constantSlots { #expect(evaluation.partials[slot] == 0) }
    }

    @Test("Two-layer network at the initial weights")
    func twoLayerValues() throws {
        let evaluation = try Evaluation(Graph(parsing: TwoLayerNetwork.text))
        #expect(isClose(evaluation.value("h1"), 1.25, relative: 1e-15))
        #expect(isClose(evaluation.value("h2"), 3.8, relative: 1e-15))
        #expect(isClose(evaluation.value("y"), 5.05, relative: 1e-15))
        #expect(isClose(evaluation.value("E"), 0.55125, relative: 1e-14))
    }

    @Test("Two-layer network at the \"true\" weights hits the target exactly")
    func twoLayerTrueWeights() throws {
        let graph = try Graph(parsing: TwoLayerNetwork.text)
        let evaluation = try Evaluation(graph, inputs: ["w1": 1, "w2": 2, "w3": 3, "w4": 4, "w5": 0.5, "w6": 0.6])
        #expect(evaluation.value("h1") == 2)
        #expect(evaluation.value("h2") == 5)
        #expect(isClose(evaluation.value("y"), 4, relative: 1e-15))
        #expect(isClose(evaluation.value("y"), evaluation.value("t"), relative: 1e-15))
        #expect(abs(evaluation.value("E")) < 1e-30)
    }

    @Test("Input values: overrides win over defaults; defaults are kept")
    func inputOverrides() throws {
        let graph = try Graph(parsing: "a = 2; b = 1; c = a + b")
        #expect(try Evaluation(graph).value("c") == 3)
        #expect(try Evaluation(graph, inputs: ["a": 10]).value("c") == 11)
        #expect(graph.nodes[graph.node("a")].value == 2)
    }

    @Test("Domain problems give non-finite values and a warning naming the node, no crash", arguments: [
        ("y = log(a)", -1.0, true),
        ("y = 1 / a", 0.0, false),
        ("y = sqrt(a)", -1.0, true),
    ])
    func domainWarnings(text: String, a: Double, isNaN: Bool) throws {
        let evaluation = try Evaluation(Graph(parsing: text + "; z = y + 1"), inputs: ["a": a])
        #expect(evaluation.value("y").isFinite == false)
        #expect(evaluation.value("y").isNaN == isNaN)
        // Only the node where the problem first appears is named, not those it spreads to.
        #expect(evaluation.warnings == [DomainWarning(node: evaluation.graph.node("y"))])
        // The derivative passes still run.
        let adjoints = AdjointSweep(evaluation, output: evaluation.graph.node("z")).adjoints
        #expect(adjoints[evaluation.graph.node("z")] == 1)
    }

    @Test("A finite graph has no warnings")
    func noWarnings() throws {
        #expect(try CDE.evaluation().warnings.isEmpty)
    }

    @Test("A constant's equation is its value")
    func constantEquation() throws {
        let evaluation = try Evaluation(Graph(parsing: "y = x * -2"), inputs: ["x": 3])
        let constant = try #require(evaluation.graph.operations.firstIndex(of: .constant))
        #expect(evaluation.equation(for: constant) == "-2")
        #expect(evaluation.equation(for: evaluation.graph.outputs[0]) == "y = x · (-2) = 3 · (-2) = -6")
    }
}
