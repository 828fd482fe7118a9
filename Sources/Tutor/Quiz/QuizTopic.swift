import Foundation

/// What a quiz question is about: one kind of question per idea of the course, from a node's
/// value to a layer's backward step, and the lessons' own predictions. `--topic` picks them by
/// their raw value; the progress store keeps each one's record under it.
public enum QuizTopic: String, CaseIterable, Codable, Sendable {
    case value, partial, derivative, adjoint, tangent, paths, cost, descent, layer, lesson

    /// What the questions ask, in a line for `--list-topics` and the end of a quiz.
    public var summary: String {
        switch self {
        case .value: "a node's value, from its operands' values"
        case .partial: "the local partial on one edge, ∂c/∂b"
        case .derivative: "the derivative of the output with respect to an input, over every path"
        case .adjoint: "reverse mode: the adjoint of a node below the output"
        case .tangent: "forward mode: the tangent of a node from one input"
        case .paths: "how many paths lead from one node to another"
        case .cost: "which mode is cheaper for N inputs and M outputs, in sweeps"
        case .descent: "the new weight after one step of gradient descent"
        case .layer: "a layer's backward step (add, multiply, ReLU, sigmoid) from dout and what it remembered"
        case .lesson: "the lessons' own questions: the next step of a pass"
        }
    }

    /// The topics `text` names, comma-separated (`value,adjoint`), or the first name that is
    /// not a topic.
    public static func parse(_ text: String) -> Result<[QuizTopic], UnknownTopic> {
        var topics: [QuizTopic] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let topic = QuizTopic(rawValue: name) else { return .failure(UnknownTopic(name: name)) }
            if !topics.contains(topic) { topics.append(topic) }
        }
        return .success(topics)
    }

    /// A topic name that is not one, with the ones there are.
    public struct UnknownTopic: Error, Equatable, Sendable, CustomStringConvertible {
        public let name: String
        public var description: String {
            "there is no quiz topic '\(name)'; the topics are \(QuizTopic.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
