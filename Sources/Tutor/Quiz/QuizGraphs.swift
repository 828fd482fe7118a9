import GraphEngine

/// The small graphs questions are asked on: fresh random ones of whole numbers, added,
/// subtracted and multiplied, so every number can be worked out by hand; and the fixed shapes
/// of a loss and of a layer, with random values.
extension QuizQuestion.Graph {
    /// `source` (and `inputs` over its values) evaluated; nil if it does not evaluate (it
    /// always does for the generators' own text).
    init?(_ source: String, inputs: [String: Double] = [:], outputs: [String]? = nil) {
        guard let graph = try? GraphEngine.Graph(parsing: source, outputs: outputs), let evaluation = try? Evaluation(graph, inputs: inputs) else {
            return nil
        }
        self.source = source
        self.inputs = inputs
        self.outputs = outputs
        self.evaluation = evaluation
    }

    /// A random graph with `inputs` inputs (`a`, `b`, `c`) of small whole values and at least
    /// `operations` operations, named on from the next letter. Every node is used on the way to
    /// the output, the last node; a node may feed several others. With `sinks` above 1, that
    /// many outputs each take the last node on (`f = e + 1; g = e * 2`).
    ///
    /// Values stay within ±`QuizQuestion.largest`: a draw that leaves that range is drawn again.
    static func arithmetic(inputs: Int, operations: ClosedRange<Int>, sinks: Int = 1, using random: inout some RandomNumberGenerator) -> Self {
        while true {
            var names = Array(letters.prefix(inputs))
            var lines = [names.map { "\($0) = \(inputValues.randomElement(using: &random)!)" }.joined(separator: "; ")]
            var unused = names  // nodes no operation uses yet
            let planned = Int.random(in: operations, using: &random)
            var made = 0
            while made < planned || unused.count > 1 {
                let first = unused.remove(at: Int.random(in: unused.indices, using: &random))
                let closing = made + 1 >= planned
                let second: String
                if !unused.isEmpty && (closing || Bool.random(using: &random)) {
                    second = unused.remove(at: Int.random(in: unused.indices, using: &random))
                } else if Int.random(in: 0..<4, using: &random) == 0 || names.count < 2 {
                    second = "\(Int.random(in: 1...3, using: &random))"
                } else {
                    second = names.filter { $0 != first }.randomElement(using: &random)!
                }
                let operation = ["+", "-", "*", "*"].randomElement(using: &random)!
                let name = letters[names.count]
                lines.append("\(name) = \(first) \(operation) \(second)")
                names.append(name)
                unused.append(name)
                made += 1
            }
            var outputs: [String]?
            if sinks > 1 {
                let last = names.last!
                outputs = (0..<sinks).map { letters[names.count + $0] }
                for (index, name) in outputs!.enumerated() {
                    lines.append("\(name) = \(last) \(index % 2 == 0 ? "+" : "*") \(index / 2 + 1 + index % 2)")
                }
            }
            if let graph = Self(lines.joined(separator: "\n"), outputs: outputs), graph.evaluation.values.allSatisfy(QuizQuestion.isModest) {
                return graph
            }
        }
    }

    /// Names in the order nodes get them.
    private static let letters = "abcdefghijkmnpqrstuvwxyz".map(String.init)
    /// Input values: small, whole and never zero, so no product vanishes by accident.
    private static let inputValues = [-3, -2, -1, 1, 2, 3]
}

extension QuizQuestion {
    /// The largest number a question uses or asks for; beyond it a person stops computing by hand.
    static let largest = 100.0

    /// Whether `x` is a number a question may ask for: finite, at most `largest` in size, and
    /// either zero or at least 0.01 in size, so the grader's tolerance means what it says.
    static func isModest(_ x: Double) -> Bool {
        x.isFinite && abs(x) <= largest && (x == 0 || abs(x) >= 0.01)
    }
}
