import Foundation
import GraphEngine
import Words

/// What a learner typed, read as an answer: a number — written plainly (`-0.5`, `1e-3`), as a
/// fraction (`1/2`) or as small arithmetic (`2*3 + 1`, `-(1/4)`, read by the engine's own
/// expression parser) — or a letter for multiple choice. Text that is neither is told so and
/// never graded.
public enum TypedAnswer: Equatable, Sendable {
    case number(Double)
    case choice(Int)
    /// Why the text cannot be read as an answer, as a sentence for the learner.
    case unreadable(String)

    /// `text` read as an answer to a question with `choices` choices (0: it wants a number).
    public init(_ text: String, choices: Int) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if choices > 0 {
            let letters = QuizQuestion.letters.prefix(choices)
            let word = trimmed.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ").:"))
            if word.count == 1, let index = letters.firstIndex(of: Character(word)) {
                self = .choice(index)
            } else {
                self = .unreadable(QuizWords.current.answerWithLetter(letters.first!, letters.last!))
            }
            return
        }
        self = Self.number(trimmed)
    }

    /// A number from plain digits or, failing that, from an expression without names.
    private static func number(_ text: String) -> TypedAnswer {
        let words = QuizWords.current
        let advice = words.typeANumber
        // People type the minus sign and the multiplication sign as they see them on screen.
        let text = text.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "·", with: "*").replacingOccurrences(of: "×", with: "*")
        if text.isEmpty { return .unreadable(advice) }
        if let value = Double(text) { return value.isFinite ? .number(value) : .unreadable(words.notFinite(text, advice)) }
        // One expression only: an assignment or a second statement would be a graph, not a number.
        guard !text.contains(where: { "=;#\n".contains($0) }) else { return .unreadable(words.notANumber(text, advice)) }
        let graph: GraphEngine.Graph
        do {
            graph = try GraphEngine.Graph(parsing: "answer = \(text)")
        } catch {
            return .unreadable(words.notANumber(text, advice))
        }
        guard graph.inputs.count == (graph.operations[graph.outputs[0]] == .input ? 1 : 0) else {
            return .unreadable(words.namesWithoutValue(text, graph.inputNames.joined(separator: words.listSeparator), advice))
        }
        guard let evaluation = try? Evaluation(graph) else { return .unreadable(words.notANumber(text, advice)) }
        let value = evaluation.values[graph.outputs[0]]
        return value.isFinite ? .number(value) : .unreadable(words.evaluatesToNonFinite(text, NumberFormat.plain(value), advice))
    }
}
