import GraphEngine

/// One array graph to test an operation on: its text, ending in a scalar loss `L` that weighs
/// each entry of the operation's result `y` by a different number, and its inputs' values.
public struct ArrayCase: Sendable, CustomStringConvertible {
    public let name: String
    public let text: String
    public let inputs: [String: ArrayValue]

    public var description: String { "\(name): \(text)" }

    /// The case's graph, with its inputs' values.
    public func graph(expandingAffine: Bool = false) throws -> BlockGraph {
        try BlockGraph(parsing: text, inputs: inputs, expandingAffine: expandingAffine)
    }
}

/// Every array operation on random shapes and values from a seed: sizes 1 to 4, values kept
/// away from where an operation has no derivative (ReLU's kink, log and sqrt of non-positive
/// numbers, division by nearly zero).
public enum ArrayCases {
    /// One case per operation (and a layer), each on shapes and values drawn from `seed`.
    public static func all(seed: UInt64) -> [ArrayCase] {
        var random = SeededGenerator(seed: seed)
        func size() -> Int { Int.random(in: 1...4, using: &random) }
        let (r, c, k) = (size(), size(), size())
        let (m, v) = (Shape.matrix(r, c), Shape.vector(k))
        var cases: [ArrayCase] = []
        func add(_ name: String, _ body: String, _ shapes: [String: (Shape, Values)]) {
            let inputs = shapes.mapValues { shape, values in
                ArrayValue(shape: shape, entries: (0..<shape.count).map { _ in values.draw(&random) })
            }
            let shape = try! BlockGraph(parsing: body, inputs: inputs).nodes.last!.shape
            let weights = ArrayValue(shape: shape, entries: (0..<shape.count).map { _ in Double.random(in: -2...2, using: &random).rounded(toPlaces: 3) })
            cases.append(ArrayCase(name: name, text: body + "; L = sum(y * \(weights))", inputs: inputs))
        }
        let (any, apart, positive) = (Values.any, Values.apart, Values.positive)
        for (symbol, name) in [("+", "add"), ("-", "subtract"), ("*", "multiply"), ("/", "divide")] {
            add(name, "y = x \(symbol) z", ["x": (m, any), "z": (m, apart)])
        }
        add("power", "y = x ^ z", ["x": (m, positive), "z": (m, any)])
        add("negate", "y = -x", ["x": (m, any)])
        for function in ["exp", "sin", "cos", "tanh", "sigmoid"] { add(function, "y = \(function)(x)", ["x": (m, any)]) }
        for function in ["log", "sqrt"] { add(function, "y = \(function)(x)", ["x": (m, positive)]) }
        add("relu", "y = relu(x)", ["x": (m, apart)])
        add("repeat a vector to every row", "y = x + b", ["x": (m, any), "b": (.vector(c), any)])
        add("repeat a column to every column", "y = x * b", ["x": (m, any), "b": (.matrix(r, 1), any)])
        add("repeat a scalar", "y = s * x", ["x": (m, any), "s": (.scalar, any)])
        add("matrix product", "y = x @ W", ["x": (.matrix(r, k), any), "W": (.matrix(k, c), any)])
        add("vector @ matrix", "y = u @ W", ["u": (v, any), "W": (.matrix(k, c), any)])
        add("matrix @ vector", "y = x @ u", ["x": (.matrix(r, k), any), "u": (v, any)])
        add("vector @ vector", "y = u @ w", ["u": (v, any), "w": (v, any)])
        add("transpose", "y = transpose(x)", ["x": (m, any)])
        for call in ["sum(x)", "sum(x, 0)", "sum(x, 1)", "mean(x)", "mean(x, 0)", "mean(x, 1)"] { add(call, "y = \(call)", ["x": (m, any)]) }
        add("sum of a vector", "y = sum(u, 0)", ["u": (v, any)])
        add("affine", "y = affine(x, W, b)", ["x": (.matrix(r, k), any), "W": (.matrix(k, c), any), "b": (.vector(c), any)])
        add("affine of a vector", "y = affine(u, W, b)", ["u": (v, any), "W": (.matrix(k, c), any), "b": (.vector(c), any)])
        add("softmax cross-entropy", "y = softmax_cross_entropy(z, t)", ["z": (m, any), "t": (m, any)])
        add("a layer: sigmoid of affine, then mean", "h = sigmoid(affine(x, W, b)); y = mean(h, 0) - 0.5",
            ["x": (.matrix(r, k), any), "W": (.matrix(k, c), any), "b": (.vector(c), any)])
        return cases
    }

    /// Where an input's entries are drawn from.
    enum Values {
        /// -2 to 2.
        case any
        /// 0.2 to 2 either way from zero.
        case apart
        /// 0.3 to 2.
        case positive

        func draw(_ random: inout SeededGenerator) -> Double {
            switch self {
            case .any: Double.random(in: -2...2, using: &random)
            case .apart: Double.random(in: 0.2...2, using: &random) * (Bool.random(using: &random) ? 1 : -1)
            case .positive: Double.random(in: 0.3...2, using: &random)
            }
        }
    }
}

extension Double {
    /// The number rounded to `places` decimal places.
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
