import Foundation
import GraphEngine
import Reports
import Words

/// Parses `--at` values: `NAME=NUMBER` pairs separated by commas, such as `a=2,b=-1.5`.
enum InputValues {
    static func parse(_ text: String) throws -> [String: Double] {
        let words = CommandWords.current
        var values: [String: Double] = [:]
        var column = 1
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
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
            guard let value = Double(parts[1].trimmingCharacters(in: .whitespaces)), value.isFinite else {
                throw fail(words.valueNotFinite(parts[1], pair), at: parts[0].count + 1)
            }
            guard values.updateValue(value, forKey: name) == nil else { throw fail(words.givenTwice(name)) }
        }
        return values
    }
}
