import TextCanvas
import Words

/// swift-argument-parser wraps help at spaces and counts characters, so Chinese help, which has
/// few spaces and two columns to a character, runs past the edge. This wraps it again by display
/// width: an option's description continues under itself, a paragraph under its first line.
enum HelpWrapping {
    /// The column where an option's description starts in swift-argument-parser's help.
    static let descriptionColumn = 26

    /// `message` with every line wider than `width` columns wrapped again, together with the
    /// lines the parser broke off it.
    static func rewrapped(_ message: String, width: Int = 80) -> String {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        while !lines.isEmpty {
            var line = lines.removeFirst()
            // A usage line stays as the parser makes it, in either language.
            guard line.displayWidth > width, !line.hasPrefix(ArgumentParserWords.current.usageHeading) else {
                result.append(line)
                continue
            }
            let (prefix, indent) = split(line)
            // Lines the parser broke off this one: same indent, and this one not at a sentence's end.
            while let next = lines.first, !next.trimmingLeadingSpaces.isEmpty, leadingSpaces(next) == indent,
                  !"。！？：".contains(line.last ?? "。") {
                line += (line.last?.isASCII == true || next.trimmingLeadingSpaces.first?.isASCII == true ? " " : "")
                    + next.trimmingLeadingSpaces
                lines.removeFirst()
            }
            let body = String(line.dropFirst(prefix.count))
            let pieces = wrap(body, width: max(width - indent, 20))
            result.append(prefix + pieces[0])
            result += pieces.dropFirst().map { String(repeating: " ", count: indent) + $0 }
        }
        return result.joined(separator: "\n")
    }

    /// The part of `line` before its text, and the indent of the text's continuation lines: for
    /// an option (`  --lang <LANG>    text`), everything up to its description; else the leading
    /// spaces.
    private static func split(_ line: String) -> (prefix: String, indent: Int) {
        let spaces = leadingSpaces(line)
        let characters = Array(line)
        if spaces == 2, characters.count > descriptionColumn, characters[descriptionColumn - 1] == " ",
           characters[descriptionColumn] != " " {
            return (String(characters[..<descriptionColumn]), descriptionColumn)
        }
        return (String(characters[..<spaces]), spaces)
    }

    private static func leadingSpaces(_ line: String) -> Int { line.prefix { $0 == " " }.count }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
