import GraphEngine
import Words

/// Two hints for the number a step of a pass reveals, from its caption with that number
/// withheld: first the rule in symbols, then with the numbers put in —
/// `b̄ = 3 + c̄ · ∂c/∂b = ?`, then `b̄ = 3 + c̄ · ∂c/∂b = 3 + 2 · 1 = ?`.
enum StepHints {
    static func hints(_ step: PassStep, of pass: Pass, _ evaluation: Evaluation, _ notation: Notation) -> [String] {
        let words = QuizWords.current
        let graph = evaluation.graph
        switch step.kind {
        case .seed:
            return [words.seedHint, words.selfDerivativeHint]
        case .path(let path, _):
            let product = PathSums.product(path, evaluation)
            return [words.pathProductHint(PathSums.describe(path, in: graph)), withheld(product, keep: 1)]
        case .sum:
            let products = pass.paths.map { NumberFormat.operand($0.product) }.joined(separator: " + ")
            return [words.pathSumHint, "\(step.quantity.symbol(in: graph, notation)) = \(products) = ?"]
        case .evaluation, .partial, .contribution:
            // `symbol = symbols = numbers = value`, the last two missing when the symbols are numbers.
            var caption = Caption.text(step, evaluation, notation)
            if let note = caption.range(of: "   ") { caption = String(caption[..<note.lowerBound]) }
            let parts = caption.components(separatedBy: " = ")
            let rule = withheld(caption, keep: min(2, parts.count - 1))
            let numbers = parts.count > 3 ? withheld(caption, keep: parts.count - 1) : words.readTheNumbers
            return [rule, numbers]
        }
    }

    /// The first `keep` parts of `a = b = c`, then `= ?`.
    static func withheld(_ equation: String, keep: Int) -> String {
        (equation.components(separatedBy: " = ").prefix(max(1, keep)) + ["?"]).joined(separator: " = ")
    }

    /// A sweep's contribution as its factors, in symbols and in numbers: `c̄ · ∂c/∂b`, `2 · 1`.
    static func share(_ step: PassStep, _ evaluation: Evaluation, _ notation: Notation) -> (symbols: String, numbers: String) {
        let parts = Caption.share(step, evaluation, notation).components(separatedBy: " = ")
        return (parts[0], parts.count > 1 ? parts[1] : "")
    }
}
