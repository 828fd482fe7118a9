import CTape
import GraphEngine
import RandomGraphs

/// One graph with both engines' buffers: the Swift engine's passes, called through its public
/// API, and the C tape's, each on its own copy of the data.
final class Workbench {
    let graph: Graph
    let count: Int
    let output: Int
    /// The input the tangent sweep is seeded at.
    let input: Int

    var values: [Double]
    var partials: [Double]
    var adjoints: [Double] = []
    var tangents: [Double] = []

    private let cOperations: UnsafeMutableBufferPointer<UInt8>
    private let cLHS: UnsafeMutableBufferPointer<Int32>
    private let cRHS: UnsafeMutableBufferPointer<Int32>
    let cValues: UnsafeMutableBufferPointer<Double>
    let cPartials: UnsafeMutableBufferPointer<Double>
    let cAdjoints: UnsafeMutableBufferPointer<Double>
    let cTangents: UnsafeMutableBufferPointer<Double>

    init(_ dag: RandomDAG) {
        graph = dag.graph
        count = graph.count
        output = graph.outputs[0]
        input = graph.inputs[0]
        values = dag.initialValues
        partials = [Double](repeating: 0, count: 2 * count)

        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: array.count)
            _ = buffer.initialize(from: array)
            return buffer
        }
        cOperations = copy(graph.operations.map(\.rawValue))
        cLHS = copy(graph.lhs)
        cRHS = copy(graph.rhs)
        cValues = copy(dag.initialValues)
        cPartials = copy([Double](repeating: 0, count: 2 * count))
        cAdjoints = copy([Double](repeating: 0, count: count))
        cTangents = copy([Double](repeating: 0, count: count))
    }

    deinit {
        for buffer in [cValues, cPartials, cAdjoints, cTangents] { buffer.deallocate() }
        cOperations.deallocate(); cLHS.deallocate(); cRHS.deallocate()
    }

    // The Swift engine, as shipped.

    func swiftForward() { Evaluation.linearize(graph, values: &values, partials: &partials) }
    func swiftReverse() { adjoints = AdjointSweep.sweep(graph, partials: partials, output: output) }
    func swiftTangent() { tangents = TangentSweep.sweep(graph, partials: partials, input: input) }

    // The C tape. The reverse sweep needs zeroed adjoints, so clearing them is part of its cost.

    func cForward() {
        ctape_linearize(Int64(count), cOperations.baseAddress, cLHS.baseAddress, cRHS.baseAddress, cValues.baseAddress, cPartials.baseAddress)
    }

    func cReverse() {
        cAdjoints.update(repeating: 0)
        ctape_reverse(Int64(count), cLHS.baseAddress, cRHS.baseAddress, cPartials.baseAddress, Int64(output), cAdjoints.baseAddress)
    }

    func cTangent() {
        ctape_tangent(Int64(count), cLHS.baseAddress, cRHS.baseAddress, cPartials.baseAddress, Int64(input), cTangents.baseAddress)
    }

    /// Runs every pass once on both sides and compares them, entry by entry.
    func verify() -> [Agreement] {
        swiftForward(); swiftReverse(); swiftTangent()
        cForward(); cReverse(); cTangent()
        return [
            Agreement("values", values, cValues),
            Agreement("partials", partials, cPartials),
            Agreement("adjoints", adjoints, cAdjoints),
            Agreement("tangents", tangents, cTangents),
        ]
    }
}

/// How closely two arrays agree: bit for bit, or within 1e-12 (relative, for magnitudes over 1).
struct Agreement {
    let name: String
    let count: Int
    let identical: Int
    let maxDifference: Double
    let mismatches: Int
    let nonFinite: Int

    init(_ name: String, _ swift: [Double], _ c: UnsafeMutableBufferPointer<Double>) {
        self.name = name
        precondition(swift.count == c.count)
        var identical = 0, mismatches = 0, nonFinite = 0
        var maxDifference = 0.0
        for (a, b) in zip(swift, c) {
            if a.bitPattern == b.bitPattern { identical += 1 }
            if !a.isFinite || !b.isFinite { nonFinite += 1 }
            let difference = Swift.abs(a - b)
            if a != b { maxDifference = Swift.max(maxDifference, difference.isNaN ? .infinity : difference) }
            if a != b, !(difference <= 1e-12 * Swift.max(1, Swift.abs(a), Swift.abs(b))) { mismatches += 1 }
        }
        count = swift.count
        self.identical = identical
        self.maxDifference = maxDifference
        self.mismatches = mismatches
        self.nonFinite = nonFinite
    }

    var ok: Bool { mismatches == 0 && nonFinite == 0 }
}
