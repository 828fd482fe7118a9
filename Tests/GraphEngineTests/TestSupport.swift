@testable import GraphEngine
import RandomGraphs
import Testing

/// The graph of the source's eq. 10: `c = a + b; d = b + 1; e = c · d`, evaluated at a = 2, b = 1.
enum CDE {
    static let text = "c = a + b; d = b + 1; e = c * d"

    static func evaluation() throws -> Evaluation {
        try Evaluation(Graph(parsing: text), inputs: ["a": 2, "b": 1])
    }
}

/// The source's two-layer network (eqs. 2–9) with its initial weights, loss `E`.
enum TwoLayerNetwork {
    static let text = """
        # inputs, target and initial weights
        x1 = 1
        x2 = 0.5
        t = 4
        w1 = 0.5; w2 = 1.5; w3 = 2.3; w4 = 3; w5 = 1; w6 = 1
        h1 = w1*x1 + w2*x2
        h2 = w3*x1 + w4*x2
        y = w5*h1 + w6*h2
        E = 0.5*(t - y)^2
        """
    static let weights = ["w1", "w2", "w3", "w4", "w5", "w6"]
}

extension Graph {
    /// The node called `name`; records a test issue and returns -1 if there is none.
    func node(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        guard let index = index(of: name) else {
            Issue.record("no node called '\(name)'", sourceLocation: sourceLocation)
            return -1
        }
        return index
    }
}

extension Evaluation {
    /// The value of the node called `name`.
    func value(_ name: String) -> Double { values[graph.node(name)] }
}

/// Whether `a` and `b` agree to `relative` tolerance, measured against the larger of their
/// magnitudes and `scale` (so numbers near zero are compared absolutely at that scale).
func isClose(_ a: Double, _ b: Double, relative: Double, scale: Double = 1) -> Bool {
    abs(a - b) <= relative * max(abs(a), abs(b), scale)
}

/// The `GraphError` that `body` throws, if any: for checking messages and places exactly.
func graphError(_ body: () throws -> Void) -> GraphError? {
    do {
        try body()
        return nil
    } catch let error as GraphError {
        return error
    } catch {
        Issue.record("expected a GraphError, got \(error)")
        return nil
    }
}

/// A place in graph text (GraphEngine's `SourceLocation`, which Testing's type of the same name hides).
typealias Place = GraphEngine.SourceLocation

extension ArrayCase: CustomTestStringConvertible {
    public var testDescription: String { description }
}
