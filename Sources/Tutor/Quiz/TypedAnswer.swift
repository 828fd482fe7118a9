import Foundation
import GraphEngine

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
                self = .unreadable("answer with a letter, \(letters.first!) to \(letters.last!)")
            }
            return
        }
        self = Self.number(trimmed)
    }

    private static let advice = "type a number, such as 2, -0.5, 1/2 or 2*3 + 1"

    /// A number from plain digits or, failing that, from an expression without names.
    private static func number(_ text: String) -> TypedAnswer {
        // People type the minus sign and the multiplication sign as they see them on screen.
        let text = text.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "·", with: "*").replacingOccurrences(of: "×", with: "*")
        if text.isEmpty { return .unreadable(advice) }
        if let value = Double(text) { return value.isFinite ? .number(value) : .unreadable("\(text) is not a finite number; \(advice)") }
        // One expression only: an assignment or a second statement would be a graph, not a number.
        guard !text.contains(where: { "=;#\n".contains($0) }) else { return .unreadable("'\(text)' is not a number; \(advice)") }
        let graph: GraphEngine.Graph
        do {
            graph = try GraphEngine.Graph(parsing: "answer = \(text)")
        } catch {
            return .unreadable("'\(text)' is not a number; \(advice)")
        }
        guard graph.inputs.count == (graph.operations[graph.outputs[0]] == .input ? 1 : 0) else {
            return .unreadable("'\(text)' names \(graph.inputNames.joined(separator: ", ")), which has no value here; \(advice)")
        }
        guard let evaluation = try? Evaluation(graph) else { return .unreadable("'\(text)' is not a number; \(advice)") }
        let value = evaluation.values[graph.outputs[0]]
        return value.isFinite ? .number(value) : .unreadable("\(text) is \(NumberFormat.plain(value)), not a finite number; \(advice)")
    }
}
