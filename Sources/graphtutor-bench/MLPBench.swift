import CTape
import GraphEngine

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The array benchmark: a two-layer perceptron, `affine → relu → affine → softmax
/// cross-entropy`, on a batch, forward and backward, by the block engine (`BlockEvaluation`
/// and `BlockAdjointSweep`, through the graph text) against the same computation as flat loops
/// in C (`cmlp.c`), checking that the two agree.
struct MLPBench {
    let batch = 64, inputs = 128, hidden = 256, outputs = 10
    static let text = "z1 = affine(x, W1, b1); h = relu(z1); z2 = affine(h, W2, b2); L = softmax_cross_entropy(z2, t)"

    /// Runs the benchmark: `repeats` samples of each side, interleaved; prints the check, the
    /// times and the ratio.
    func run(repeats: Int) {
        var random = SeededGenerator(seed: 12)
        func values(_ shape: Shape, scale: Double) -> ArrayValue {
            ArrayValue(shape: shape, entries: (0..<shape.count).map { _ in Double.random(in: -scale...scale, using: &random) })
        }
        let targets = (0..<batch * outputs).map { Double($0 % outputs == $0 / outputs % outputs ? 1 : 0) }
        let inputs: [String: ArrayValue] = [
            "x": values(.matrix(batch, self.inputs), scale: 1), "W1": values(.matrix(self.inputs, hidden), scale: 0.1),
            "b1": values(.vector(hidden), scale: 0.1), "W2": values(.matrix(hidden, outputs), scale: 0.1),
            "b2": values(.vector(outputs), scale: 0.1), "t": ArrayValue(shape: .matrix(batch, outputs), entries: targets),
        ]
        let graph = try! BlockGraph(parsing: Self.text, inputs: inputs)
        print("graphtutor-bench --mlp: \(Self.text)")
        print("  x \(batch)×\(self.inputs), W1 \(self.inputs)×\(hidden), W2 \(hidden)×\(outputs); forward and backward (gradients of x, W1, b1, W2, b2 and t)")

        var sweep: BlockAdjointSweep!
        var loss = 0.0
        func swift() {
            let evaluation = BlockEvaluation(graph)
            sweep = BlockAdjointSweep(evaluation, output: graph.outputs[0])
            loss = evaluation.values[graph.outputs[0]][0]
        }
        let c = CMLP(self, inputs)
        func cRun() { c.loss = cmlp_run(&c.model) }
        swift(); cRun()
        var worst = abs(loss - c.loss) / max(1, abs(loss))
        for (name, buffer) in c.gradients {
            let swiftGradient = sweep.adjoints[graph.index(of: name)!]
            for (a, b) in zip(swiftGradient, buffer) { worst = max(worst, abs(a - b) / max(1, abs(a), abs(b))) }
        }
        let agree = worst <= 1e-12
        print("  check: loss \(loss) (C \(c.loss)); largest relative difference in loss and gradients \(worst) → \(agree ? "OK" : "MISMATCH")")
        guard agree else {
            print("FAIL: the block engine and the C loops disagree")
            exit(1)
        }
        let (swiftTimes, cTimes) = measurePair(nodes: 1, repeats: repeats, inner: 1, swift: swift, c: cRun)
        let ratio = swiftTimes.median / cTimes.median
        print("  Swift \(format(swiftTimes.median / 1e6, 2)) ms (best \(format(swiftTimes.best / 1e6, 2))), C \(format(cTimes.median / 1e6, 2)) ms (best \(format(cTimes.best / 1e6, 2))): median of \(repeats)")
        print("  \(ratio <= 1.5 ? "PASS" : "MISS")  Swift/C \(format(ratio, 3))× (goal ≤ 1.50×)")
    }
}

/// The C side's buffers, allocated once.
final class CMLP {
    var model = cmlp()
    var loss = 0.0
    private var buffers: [UnsafeMutableBufferPointer<Double>] = []
    /// The gradients by input name.
    private(set) var gradients: [(String, UnsafeMutableBufferPointer<Double>)] = []

    init(_ bench: MLPBench, _ inputs: [String: ArrayValue]) {
        func buffer(_ count: Int, _ entries: [Double]? = nil) -> UnsafeMutablePointer<Double> {
            let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
            _ = buffer.initialize(from: entries ?? [Double](repeating: 0, count: count))
            buffers.append(buffer)
            return buffer.baseAddress!
        }
        let (n, d, h, o) = (bench.batch, bench.inputs, bench.hidden, bench.outputs)
        model.batch = Int64(n); model.inputs = Int64(d); model.hidden = Int64(h); model.outputs = Int64(o)
        model.x = UnsafePointer(buffer(n * d, inputs["x"]!.entries)); model.w1 = UnsafePointer(buffer(d * h, inputs["W1"]!.entries))
        model.b1 = UnsafePointer(buffer(h, inputs["b1"]!.entries)); model.w2 = UnsafePointer(buffer(h * o, inputs["W2"]!.entries))
        model.b2 = UnsafePointer(buffer(o, inputs["b2"]!.entries)); model.t = UnsafePointer(buffer(n * o, inputs["t"]!.entries))
        model.z1 = buffer(n * h); model.relu_mask = buffer(n * h); model.h = buffer(n * h); model.z2 = buffer(n * o)
        model.dz2_partial = buffer(n * o); model.dt_partial = buffer(n * o)
        model.dz2 = buffer(n * o); model.dh = buffer(n * h); model.dz1 = buffer(n * h)
        model.dx = buffer(n * d); model.dw1 = buffer(d * h); model.db1 = buffer(h); model.dw2 = buffer(h * o); model.db2 = buffer(o); model.dt = buffer(n * o)
        func view(_ pointer: UnsafeMutablePointer<Double>, _ count: Int) -> UnsafeMutableBufferPointer<Double> { UnsafeMutableBufferPointer(start: pointer, count: count) }
        gradients = [("x", view(model.dx, n * d)), ("W1", view(model.dw1, d * h)), ("b1", view(model.db1, h)),
                     ("W2", view(model.dw2, h * o)), ("b2", view(model.db2, o)), ("t", view(model.dt, n * o))]
    }

    deinit { for buffer in buffers { buffer.deallocate() } }
}
