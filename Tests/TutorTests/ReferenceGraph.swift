import Foundation

/// The quiz's graph text evaluated without the engine: statements `name = number`,
/// `name = operand op operand` or `name = f(operand)`, one a line or separated by `;`, worked
/// out with Foundation's arithmetic — the independent computation quiz answers are checked
/// against.
struct ReferenceGraph {
    enum Formula {
        case input(Double)
        case binary(String, String, String)
        case function(String, String)
    }

    let order: [String]
    let formulas: [String: Formula]

    init(_ source: String) {
        var order: [String] = []
        var formulas: [String: Formula] = [:]
        for statement in source.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
            let sides = statement.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let words = sides[1].split(separator: " ").map(String.init)
            if words.count == 3 {
                formulas[sides[0]] = .binary(words[0], words[1], words[2])
            } else if let value = Double(sides[1]) {
                formulas[sides[0]] = .input(value)
            } else {
                let open = sides[1].firstIndex(of: "(")!
                formulas[sides[0]] = .function(String(sides[1][..<open]), String(sides[1][sides[1].index(after: open)...].dropLast()))
            }
            order.append(sides[0])
        }
        self.order = order
        self.formulas = formulas
    }

    /// Every node's value, with `overrides` replacing a node's value (an input's, or a computed
    /// node's, whose formula is then skipped).
    func values(_ overrides: [String: Double] = [:]) -> [String: Double] {
        var values: [String: Double] = [:]
        func operand(_ text: String) -> Double { values[text] ?? Double(text)! }
        for name in order {
            if let value = overrides[name] {
                values[name] = value
                continue
            }
            switch formulas[name]! {
            case .input(let value): values[name] = value
            case .binary(let x, let op, let y):
                let (a, b) = (operand(x), operand(y))
                values[name] = op == "+" ? a + b : op == "-" ? a - b : a * b
            case .function(let f, let x):
                let a = operand(x)
                values[name] = f == "relu" ? max(a, 0) : 1 / (1 + exp(-a))
            }
        }
        return values
    }

    /// d`of`/d`wrt` by central difference, `wrt` nudged by ±h (downstream recomputed).
    func centralDifference(_ of: String, _ wrt: String, at overrides: [String: Double] = [:]) -> Double {
        let x = values(overrides)[wrt]!
        let h = 1e-5 * max(1, abs(x))
        var above = overrides, below = overrides
        above[wrt] = x + h
        below[wrt] = x - h
        return (values(above)[of]! - values(below)[of]!) / (2 * h)
    }

    /// The names `name` computes from.
    func operands(_ name: String) -> [String] {
        switch formulas[name]! {
        case .input: []
        case .binary(let x, _, let y): [x, y].filter { formulas[$0] != nil }
        case .function(_, let x): [x]
        }
    }

    /// Every path from `from` to `to`, found by walking back from `to` through its operands.
    func paths(from: String, to: String) -> [[String]] {
        if from == to { return [[from]] }
        return operands(to).flatMap { paths(from: from, to: $0).map { $0 + [to] } }
    }
}
