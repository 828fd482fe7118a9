import Foundation
import GraphEngine
import Reports
import Tutor
import Words

/// Parses `--at` values: `NAME=VALUE` pairs separated by commas, such as `a=2,b=-1.5`; a value
/// may be an array, `W=[1, 2; 3, 4]`, whose commas do not separate pairs.
enum InputValues {
    static func parse(_ text: String) throws -> [String: ArrayValue] {
        let words = CommandWords.current
        var values: [String: ArrayValue] = [:]
        var column = 1
        for pair in pairs(text) {
            defer { column += pair.count + 1 }
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            func fail(_ message: String, at offset: Int = 0) -> Failure {
                Failure(ErrorReport.render(message, at: SourceLocation(line: 1, column: column + offset), source: text, file: "--at"))
            }
            guard text != "" else { break }
            guard parts.count == 2, !name.isEmpty else {
                throw fail(words.expectedPair(pair))
            }
            let value: ArrayValue
            if parts[1].contains("[") {
                do {
                    value = try ArrayValue(parsing: String(parts[1]))
                } catch {
                    throw fail(words.problemInPair(ProblemWording.describe(error.problem, inputHint: .commandLine), pair), at: parts[0].count + (error.location?.column ?? 1))
                }
            } else {
                guard let number = Double(parts[1].trimmingCharacters(in: .whitespaces)), number.isFinite else {
                    throw fail(words.valueNotFinite(parts[1], pair), at: parts[0].count + 1)
                }
                value = ArrayValue(number)
            }
            guard values.updateValue(value, forKey: name) == nil else { throw fail(words.givenTwice(name)) }
        }
        return values
    }

    /// `text` split at the commas outside brackets.
    private static func pairs(_ text: String) -> [Substring] {
        var pairs: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case "," where depth <= 0:
                pairs.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        pairs.append(text[start...])
        return pairs
    }
}
