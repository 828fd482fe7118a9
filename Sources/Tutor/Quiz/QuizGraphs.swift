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

    /// A random graph in two layers above its `inputs` inputs (`a`, `b`, `c`, of small whole
    /// values): `middle` operations on the inputs (and small constants), then `outputs`
    /// operations on the inputs and the middle layer, named on from the next letter. Every node
    /// is used on the way to an output, and a node may feed several; with one output it is the
    /// last node. Two layers (and one middle node above three inputs) keep the detailed boxes
    /// within the quiz's graph pane at 80×24.
    ///
    /// Values stay within ±`QuizQuestion.largest`: a draw that leaves that range, or leaves a
    /// node unused, is drawn again.
    static func arithmetic(
        inputs: Int, middle: ClosedRange<Int> = 1...2, outputs: Int = 1, using random: inout some RandomNumberGenerator
    ) -> Self {
        while true {
            var names = Array(letters.prefix(inputs))
            var lines = [names.map { "\($0) = \(inputValues.randomElement(using: &random)!)" }.joined(separator: "; ")]
            var unused = names  // nodes no operation uses yet
            func operation(from candidates: [String], constants: Bool) {
                let open = unused.filter(candidates.contains)
                let first = (open.isEmpty ? candidates : open).randomElement(using: &random)!
                let others = candidates.filter { $0 != first }
                let stillOpen = others.filter(unused.contains)
                let second = others.isEmpty || constants && Int.random(in: 0..<4, using: &random) == 0
                    ? "\(Int.random(in: 1...3, using: &random))"
                    : (stillOpen.isEmpty ? others : stillOpen).randomElement(using: &random)!
                let name = letters[names.count]
                lines.append("\(name) = \(first) \(["+", "-", "*", "*"].randomElement(using: &random)!) \(second)")
                unused.removeAll { $0 == first || $0 == second }
                names.append(name)
                unused.append(name)
            }
            let inputNames = names
            // Three inputs stacked beside two middle nodes are too tall for the pane: one then.
            let middles = Int.random(in: inputs > 2 ? middle.lowerBound...min(1, middle.upperBound) : middle, using: &random)
            for _ in 0..<middles { operation(from: inputNames, constants: true) }
            let below = names
            for _ in 0..<outputs { operation(from: below, constants: true) }
            let outputNames = Array(names.suffix(outputs))
            guard unused.allSatisfy(outputNames.contains),
                let graph = Self(lines.joined(separator: "\n"), outputs: outputs > 1 ? outputNames : nil),
                graph.evaluation.values.allSatisfy(QuizQuestion.isModest)
            else { continue }
            return graph
        }
    }

    /// A random graph of two or three inputs (see `arithmetic(inputs:middle:outputs:using:)`) in
    /// which `find` finds what a question needs — an edge, a node — and what it found; graphs
    /// are drawn until it finds something (a nil or empty result is nothing).
    static func arithmetic<Found: Collection>(using random: inout some RandomNumberGenerator, finding find: (Evaluation) -> Found) -> (graph: Self, found: Found) {
        while true {
            let graph = arithmetic(inputs: Int.random(in: 2...3, using: &random), using: &random)
            let found = find(graph.evaluation)
            if !found.isEmpty { return (graph, found) }
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
