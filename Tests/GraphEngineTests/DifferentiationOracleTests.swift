import Foundation
@testable import GraphEngine
import Testing
import _Differentiation

// Functions written as Swift code, differentiated by the compiler. Every one of exp, log, sqrt,
// sin, cos, tanh and pow is differentiable on this toolchain; sigmoid and relu are written here.

@differentiable(reverse)
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

@differentiable(reverse)
func relu(_ x: Double) -> Double {
    if x > 0 { return x }
    return 0
}

@differentiable(reverse)
func cde(_ a: Double, _ b: Double) -> Double {
    let c = a + b
    let d = b + 1
    return c * d
}

@differentiable(reverse)
func mixture(_ x: Double, _ y: Double) -> Double {
    sin(x) * exp(y) + x / y - tanh(x * y)
}

struct Point3: Differentiable {
    var x: Double
    var y: Double
    var z: Double
}

@differentiable(reverse)
func everyOperation(_ p: Point3) -> Double {
    sigmoid(p.x * p.y) + log(p.z) * sqrt(p.x) - cos(p.y / p.z) + pow(p.x, 3) + pow(p.z, p.y) + relu(p.x - p.y) - relu(p.y - p.x)
}

@differentiable(reverse)
func fanOut(_ x: Double) -> Double {
    let u = x * x
    let v = sin(u) + u
    let w = v * u * exp(v / 4)
    return w - sqrt(w + v * v)
}

struct Weights: Differentiable {
    var w1, w2, w3, w4, w5, w6: Double
}

@differentiable(reverse)
func twoLayerLoss(_ w: Weights) -> Double {
    let (x1, x2, t) = (1.0, 0.5, 4.0)
    let h1 = w.w1 * x1 + w.w2 * x2
    let h2 = w.w3 * x1 + w.w4 * x2
    let y = w.w5 * h1 + w.w6 * h2
    return 0.5 * pow(t - y, 2)
}

@Suite("Oracle: Swift's compiler-derived gradients")
struct DifferentiationOracleTests {
    /// Evaluates `text` at `inputs` and checks the value and every ∂output/∂input against Swift's.
    func check(_ text: String, at inputs: [String: Double], value: Double, gradient: [String: Double]) throws {
        let evaluation = try Evaluation(Graph(parsing: text), inputs: inputs)
        let graph = evaluation.graph
        let output = graph.outputs[0]
        #expect(isClose(evaluation.values[output], value, relative: 1e-12, scale: 0), "value of \(text)")
        let adjoints = AdjointSweep(evaluation, output: output).adjoints
        #expect(Set(graph.inputs.map { graph.nodes[$0].name }) == Set(gradient.keys))
        for (name, expected) in gradient {
            let input = graph.node(name)
            #expect(isClose(adjoints[input], expected, relative: 1e-12, scale: 0), "∂/∂\(name): reverse \(adjoints[input]) vs Swift \(expected)")
            let forward = TangentSweep(evaluation, input: input).tangents[output]
            #expect(isClose(forward, expected, relative: 1e-12, scale: 0), "∂/∂\(name): forward \(forward) vs Swift \(expected)")
        }
    }

    @Test("c, d, e")
    func cdeGraph() throws {
        let (da, db) = gradient(at: 2.0, 1.0, of: cde)
        #expect((da, db) == (2, 5))
        try check(CDE.text, at: ["a": 2, "b": 1], value: cde(2, 1), gradient: ["a": da, "b": db])
    }

    @Test("sin, exp, division, tanh", arguments: [(0.3, 1.7), (-1.2, 0.8), (2.5, -1.5)])
    func mixtureGraph(x: Double, y: Double) throws {
        let (dx, dy) = gradient(at: x, y, of: mixture)
        try check("f = sin(x) * exp(y) + x / y - tanh(x * y)", at: ["x": x, "y": y], value: mixture(x, y), gradient: ["x": dx, "y": dy])
    }

    @Test("Every operation: sigmoid, log, sqrt, cos, powers, relu on both sides of its kink", arguments: [
        Point3(x: 1.3, y: 0.7, z: 2.1), Point3(x: 0.4, y: 1.9, z: 0.6), Point3(x: 2.2, y: -0.8, z: 1.4),
    ])
    func everyOperationGraph(point: Point3) throws {
        let g = gradient(at: point, of: everyOperation)
        try check(
            "f = sigmoid(x * y) + log(z) * sqrt(x) - cos(y / z) + x ^ 3 + z ^ y + relu(x - y) - relu(y - x)",
            at: ["x": point.x, "y": point.y, "z": point.z], value: everyOperation(point), gradient: ["x": g.x, "y": g.y, "z": g.z])
    }

    @Test("Fan-out: one input reused along many paths", arguments: [0.4, 1.1, -0.9])
    func fanOutGraph(x: Double) throws {
        let text = """
            u = x * x
            v = sin(u) + u
            w = v * u * exp(v / 4)
            f = w - sqrt(w + v * v)
            """
        try check(text, at: ["x": x], value: fanOut(x), gradient: ["x": gradient(at: x, of: fanOut)])
    }

    @Test("The two-layer network's loss, all six weights")
    func twoLayerGraph() throws {
        let weights = Weights(w1: 0.5, w2: 1.5, w3: 2.3, w4: 3, w5: 1, w6: 1)
        let g = gradient(at: weights, of: twoLayerLoss)
        #expect(isClose(g.w6, 3.99, relative: 1e-12))
        let inputs = ["x1": 1.0, "x2": 0.5, "t": 4, "w1": 0.5, "w2": 1.5, "w3": 2.3, "w4": 3, "w5": 1, "w6": 1]
        let evaluation = try Evaluation(Graph(parsing: TwoLayerNetwork.text), inputs: inputs)
        let graph = evaluation.graph
        let adjoints = AdjointSweep(evaluation, output: graph.node("E")).adjoints
        #expect(isClose(evaluation.value("E"), twoLayerLoss(weights), relative: 1e-12))
        let swift = [g.w1, g.w2, g.w3, g.w4, g.w5, g.w6]
        for (name, expected) in zip(TwoLayerNetwork.weights, swift) {
            #expect(isClose(adjoints[graph.node(name)], expected, relative: 1e-12, scale: 0), "∂E/∂\(name)")
        }
    }
}
