import Foundation
import Testing

/// The README's `$ graphtutor …` examples, run for real: their output must be what the README
/// shows, so the README never drifts from the program.
@Suite struct ReadmeExamplesTests {
    struct Example: CustomStringConvertible {
        let arguments: [String]
        let expected: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    /// Each code block that starts with `$ graphtutor`, split into the command's words and the
    /// lines after it.
    static func examples() throws -> [Example] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        return text.components(separatedBy: "```\n").compactMap { block in
            guard block.hasPrefix("$ graphtutor ") else { return nil }
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            let command = String(lines[0].dropFirst("$ graphtutor ".count))
            return Example(arguments: words(command), expected: lines.dropFirst().joined(separator: "\n"))
        }
    }

    /// Shell words: spaces separate them, double quotes group them.
    static func words(_ command: String) -> [String] {
        var words: [String] = [], word = "", quoted = false
        for character in command {
            switch character {
            case "\"": quoted.toggle()
            case " " where !quoted:
                if !word.isEmpty { words.append(word) }
                word = ""
            default: word.append(character)
            }
        }
        return word.isEmpty ? words : words + [word]
    }

    @Test func theReadmeHasExamples() throws {
        #expect(try Self.examples().count >= 3)
    }

    @Test(arguments: try examples())
    func exampleOutputIsCurrent(_ example: Example) throws {
        let result = try CommandLineEndToEndTests().run(example.arguments)
        let shown = (result.output + result.errors).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
        #expect(shown.trimmingCharacters(in: .newlines) == example.expected.trimmingCharacters(in: .newlines))
    }
}
