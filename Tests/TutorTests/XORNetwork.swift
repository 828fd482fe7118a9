import GraphEngine

/// The network lesson 14 trains: XOR's four examples as a batch, one hidden layer of sigmoid
/// units and one linear output, `affine → sigmoid → affine`, with the mean squared error as
/// the loss. Its weights and biases are drawn from a seed, so every run starts from the same
/// point and the lesson's file can write them out.
enum XORNetwork {
    /// The seed the lesson's weights are drawn from.
    static let seed: UInt64 = 3

    /// The graph text, with `W1`, `b1`, `W2`, `b2` drawn from `seed` uniformly between −1 and 1
    /// and written to two decimals, and `hidden` hidden units.
    static func graph(seed: UInt64 = seed, hidden: Int = 2) -> String {
        var random = SeededGenerator(seed: seed)
        func draw(_ rows: Int, _ columns: Int) -> String {
            let entries = (0..<rows * columns).map { _ in Double(Int.random(in: -100...100, using: &random)) / 100 }
            return ArrayValue(shape: rows == 1 ? .vector(columns) : .matrix(rows, columns), entries: entries).description
        }
        return """
            X = [0, 0; 0, 1; 1, 0; 1, 1]
            T = [0; 1; 1; 0]
            W1 = \(draw(2, hidden))
            b1 = \(draw(1, hidden))
            W2 = \(draw(hidden, 1))
            b2 = \(draw(1, 1))
            H = sigmoid(affine(X, W1, b1))
            Y = affine(H, W2, b2)
            E = mean((Y - T)^2)

            """
    }
}
