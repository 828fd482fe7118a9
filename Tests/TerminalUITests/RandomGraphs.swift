import GraphEngine

/// Random graphs written in the expression language, so they go through the real parser.
enum RandomGraphs {
    /// A graph of `inputs` inputs and then `assignments` assignments, each a binary operation,
    /// a function, a negation or a square `x * x` over earlier names and constants; the last
    /// assignment and a few random others are outputs.
    static func graph(inputs: Int, assignments: Int, using random: inout SeededGenerator) -> Graph {
        var names = (0..<inputs).map { "x\($0)" }
        var lines = names.map { "\($0) = \(Int.random(in: 1...5, using: &random))" }
        func operand() -> String {
            Int.random(in: 0..<8, using: &random) == 0 ? "\(Int.random(in: 1...9, using: &random))" : names.randomElement(using: &random)!
        }
        for index in 0..<assignments {
            let name = "n\(index)"
            let expression: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0: let x = names.randomElement(using: &random)!; expression = "\(x) * \(x)"
            case 1: expression = "\(["exp", "sin", "tanh", "relu"].randomElement(using: &random)!)(\(operand()))"
            case 2: expression = "-\(names.randomElement(using: &random)!)"
            default: expression = "\(operand()) \(["+", "-", "*", "/"].randomElement(using: &random)!) \(operand())"
            }
            lines.append("\(name) = \(expression)")
            names.append(name)
        }
        let assigned = names.dropFirst(inputs)
        let outputs = Set([assigned.last!] + (0..<Int.random(in: 0...2, using: &random)).map { _ in assigned.randomElement(using: &random)! })
        return try! Graph(parsing: lines.joined(separator: "\n"), outputs: assigned.filter(outputs.contains))
    }
}
