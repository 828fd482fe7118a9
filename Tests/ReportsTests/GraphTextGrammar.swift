import GraphEngine

/// Seeded random graph texts from the expression language's grammar: valid ones, and near-valid
/// ones (a valid text with a few characters deleted, inserted or repeated), for fuzzing the
/// parser and everything after it.
///
///     var grammar = GraphTextGrammar(seed: 7)
///     grammar.validText()      // "b = 0.5; %… c = sigmoid(a * b) - 2 # …\nd = c ^ 2"
///     grammar.nearValidText()  // the same kind of text, with a ')' gone or a '\u{9B}' added
struct GraphTextGrammar {
    private var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// Characters a near-valid text may gain: the language's own, and what a terminal, a file
    /// in another encoding or a paste may bring (C0 and C1 controls, DEL, NEL, CSI, wide and
    /// combining characters, line separators).
    static let strayCharacters: [Character] =
        Array("+-*/^()=;,.#_eE0123456789abxyz \t\n\r") + ["\r\n", "\u{0}", "\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "\u{2028}", "é", "反", "\u{301}", "∂", "\u{FEFF}"]
    static let functions = ["exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu"]

    /// A text the parser must accept: one to `maxStatements` assignments of inputs (a name and a
    /// number) and computations on earlier names and fresh inputs, with comments, blank lines
    /// and every separator.
    mutating func validText(maxStatements: Int = 8) -> String {
        var names: [String] = []
        var text = ""
        for index in 0..<Int.random(in: 1...maxStatements, using: &random) {
            let name = pick(["a", "b", "c", "x", "w", "h", "y", "E", "t_1", "node_\(index)"]) + "\(index)"
            if Int.random(in: 0..<4, using: &random) == 0 {
                text += "\(name) = \(number())"
            } else {
                text += "\(name) = \(expression(depth: 3, names: names))"
            }
            names.append(name)
            if Int.random(in: 0..<5, using: &random) == 0 {
                // A comment runs to the end of its line.
                text += "  # " + pick(["a comment", "∂y/∂x", "反向传播", "#", "; x = 1"]) + pick(["\n", "\r\n"])
            } else {
                text += pick(["; ", "\n", "\r\n", "\n\n", " ;\n"])
            }
        }
        return text
    }

    /// A valid text with one to three characters deleted, inserted (from `strayCharacters`) or a
    /// stretch repeated; most are invalid, some still parse.
    mutating func nearValidText() -> String {
        var characters = Array(validText())
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let at = Int.random(in: 0...characters.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0 where at < characters.count: characters.remove(at: at)
            case 1 where at < characters.count:
                let end = min(characters.count, at + Int.random(in: 1...8, using: &random))
                characters.insert(contentsOf: characters[at..<end], at: at)
            default: characters.insert(pick(Self.strayCharacters), at: at)
            }
        }
        return String(characters)
    }

    private mutating func expression(depth: Int, names: [String]) -> String {
        let leaf = depth == 0 || Int.random(in: 0..<3, using: &random) == 0
        if leaf {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: return number()
            case 1: return pick(["a", "b", "x", "w_2"])  // inputs given no value in the text
            default: return names.isEmpty ? pick(["a", "b"]) : pick(names)
            }
        }
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return "-" + expression(depth: depth - 1, names: names)
        case 1: return pick(Self.functions) + "(" + expression(depth: depth - 1, names: names) + ")"
        case 2: return "(" + expression(depth: depth - 1, names: names) + ")"
        default:
            let operation = pick([" + ", " - ", " * ", " / ", " ^ ", "+", "*"])
            return expression(depth: depth - 1, names: names) + operation + expression(depth: depth - 1, names: names)
        }
    }

    private mutating func number() -> String {
        pick(["0", "1", "2", "0.5", ".5", "3.25", "1e-3", "2E2", "10", "0.001"])
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &random)] }
}
