import Foundation

/// A catalogue entry with numbered holes: `"{0} nodes off screen"`.
///
/// `{0}`, `{1}`, … are replaced by the arguments' descriptions. `{0|node|nodes}` is a plural:
/// the first word when argument 0 reads `1` (an `Int`, a count of paths), else the second
/// (Chinese needs none).
/// Braces are written as `{{` and `}}`.
public struct Template: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The text with its holes, as written in the catalogue.
    public let text: String
    /// The text cut into literals and holes, once: templates are filled on every frame.
    private let pieces: [Piece]

    public init(stringLiteral text: String) {
        self.text = text
        pieces = Self.pieces(of: text)
    }

    public static func == (a: Template, b: Template) -> Bool { a.text == b.text }

    public var description: String { text }

    /// The text with its holes filled by `arguments`.
    public func callAsFunction(_ arguments: any CustomStringConvertible...) -> String {
        fill(arguments)
    }

    /// `text` with every part that this template would have written replaced by what `other`
    /// writes with the same arguments: `"Usage: {0}"` to `"用法：{0}"` turns `Usage: graphtutor`
    /// into `用法：graphtutor`. For text made elsewhere (a library's messages); a hole matches
    /// anything on one line, plurals only their written forms.
    public func replacingWrites(in text: String, with other: Template) -> String {
        var pattern = ""
        var holes: [Int] = []
        let pieces = pieces
        for (number, piece) in pieces.enumerated() {
            switch piece {
            case .literal(let literal): pattern += NSRegularExpression.escapedPattern(for: literal)
            case .hole(let index, nil):
                pattern += number == pieces.count - 1 ? "(.*)" : "(.*?)"
                holes.append(index)
            case .hole(_, let forms?):
                pattern += "(?:" + [forms.one, forms.other].map(NSRegularExpression.escapedPattern).joined(separator: "|") + ")"
            }
        }
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        var result = ""
        var rest = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            var arguments = [String](repeating: "", count: (holes.max() ?? -1) + 1)
            for (group, index) in holes.enumerated() {
                if let captured = Range(match.range(at: group + 1), in: text) { arguments[index] = String(text[captured]) }
            }
            result += text[rest..<range.lowerBound] + other.fill(arguments)
            rest = range.upperBound
        }
        return result + text[rest...]
    }

    /// The numbers of the holes the text has, such as `[0, 1]`.
    public var holes: Set<Int> {
        Set(pieces.compactMap { piece in if case .hole(let index, _) = piece { index } else { nil } })
    }

    private func fill(_ arguments: [any CustomStringConvertible]) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .literal(let text):
                result += text
            case .hole(let index, nil):
                result += index < arguments.count ? arguments[index].description : "{\(index)}"
            case .hole(let index, let forms?):
                let one = index < arguments.count && arguments[index].description == "1"
                result += one ? forms.one : forms.other
            }
        }
        return result
    }

    private enum Piece {
        case literal(String)
        case hole(Int, (one: String, other: String)?)
    }

    private static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            if (character == "{" || character == "}"), rest.first == character {
                literal.append(character)
                rest = rest.dropFirst()
            } else if character == "{", let close = rest.firstIndex(of: "}"),
                      let hole = Self.hole(rest[..<close]) {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(hole)
                rest = rest[rest.index(after: close)...]
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    private static func hole(_ inside: Substring) -> Piece? {
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
        guard let index = Int(parts[0]), index >= 0 else { return nil }
        switch parts.count {
        case 1: return .hole(index, nil)
        case 3: return .hole(index, (String(parts[1]), String(parts[2])))
        default: return nil
        }
    }
}
