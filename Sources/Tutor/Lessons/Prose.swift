/// Lesson prose in its small Markdown subset: paragraphs (separated by blank lines), list items
/// (lines starting with `- `), `*emphasis*` or `**emphasis**`, and `` `code` ``. Screens and
/// plain text render the same blocks.
public enum Prose {
    /// A run of text in one style.
    public struct Span: Equatable, Sendable {
        public enum Style: Equatable, Sendable { case plain, emphasis, code }
        public let text: String
        public let style: Style
    }

    /// A paragraph or a list item, as its spans.
    public struct Block: Equatable, Sendable {
        public let spans: [Span]
        public let isListItem: Bool
    }

    /// The blocks of `text`.
    public static func blocks(_ text: String) -> [Block] {
        var raw: [(text: String, isListItem: Bool)] = []
        var inParagraph = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                inParagraph = false
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                raw.append((String(trimmed.dropFirst(2)), true))
                inParagraph = true
            } else if inParagraph {
                // A line that follows a paragraph's or an item's continues it; between two CJK
                // characters without a space, as CJK text is written.
                let joined = raw[raw.count - 1].text
                let space = joined.last.map(isCJK) == true && trimmed.first.map(isCJK) == true ? "" : " "
                raw[raw.count - 1].text += space + trimmed
            } else {
                raw.append((trimmed, false))
                inParagraph = true
            }
        }
        return raw.map { Block(spans: spans($0.text), isListItem: $0.isListItem) }
    }

    /// The spans of one block's text: `*…*` and `**…**` emphasis, `` `…` `` code.
    static func spans(_ text: String) -> [Span] {
        var spans: [Span] = []
        var current = ""
        var style = Span.Style.plain
        var index = text.startIndex
        func close(_ next: Span.Style) {
            if !current.isEmpty { spans.append(Span(text: current, style: style)) }
            current = ""
            style = next
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "`", style != .emphasis {
                close(style == .code ? .plain : .code)
            } else if character == "*", style != .code {
                if text[index...].hasPrefix("**") { index = text.index(after: index) }
                close(style == .emphasis ? .plain : .emphasis)
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        close(.plain)
        return spans
    }

    /// Whether `character` is a CJK ideograph, kana, or CJK or full-width punctuation.
    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.properties.isIdeographic || (0x3000...0x30FF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    /// The spans' text, markers dropped.
    public static func plain(_ spans: [Span]) -> String { spans.map(\.text).joined() }
}
