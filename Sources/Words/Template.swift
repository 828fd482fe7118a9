/// A catalogue entry with numbered holes: `"{0} nodes off screen"`.
///
/// `{0}`, `{1}`, … are replaced by the arguments' descriptions. `{0|node|nodes}` is a plural:
/// the first word when argument 0 is the integer 1, else the second (Chinese needs none).
/// Braces are written as `{{` and `}}`.
public struct Template: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The text with its holes, as written in the catalogue.
    public let text: String

    public init(stringLiteral text: String) { self.text = text }

    public var description: String { text }

    /// The text with its holes filled by `arguments`.
    public func callAsFunction(_ arguments: any CustomStringConvertible...) -> String {
        fill(arguments)
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
                let one = index < arguments.count && (arguments[index] as? Int) == 1
                result += one ? forms.one : forms.other
            }
        }
        return result
    }

    private enum Piece {
        case literal(String)
        case hole(Int, (one: String, other: String)?)
    }

    private var pieces: [Piece] {
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
