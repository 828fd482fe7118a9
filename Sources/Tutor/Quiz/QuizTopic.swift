import Foundation
import Words

/// What a quiz question is about: one kind of question per idea of the course, from a node's
/// value to a layer's backward step, and the lessons' own predictions. `--topic` picks them by
/// their raw value; the progress store keeps each one's record under it.
public enum QuizTopic: String, CaseIterable, Codable, Sendable {
    case value, partial, derivative, adjoint, tangent, paths, cost, descent, layer, arrays, lesson

    /// The topic's name in a table of results, in the language being spoken.
    public var title: String {
        QuizWords.current.topicNames[Self.allCases.firstIndex(of: self)!]
    }

    /// What the questions ask, in a line for `--list-topics` and the end of a quiz.
    public var summary: String {
        let words = QuizWords.current
        return switch self {
        case .value: words.topicValue
        case .partial: words.topicPartial
        case .derivative: words.topicDerivative
        case .adjoint: words.topicAdjoint
        case .tangent: words.topicTangent
        case .paths: words.topicPaths
        case .cost: words.topicCost
        case .descent: words.topicDescent
        case .layer: words.topicLayer
        case .arrays: words.topicArrays
        case .lesson: words.topicLesson
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
            let words = QuizWords.current
            return words.unknownTopic(name, QuizTopic.allCases.map(\.rawValue).joined(separator: words.listSeparator))
        }
    }
}
