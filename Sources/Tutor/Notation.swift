import Foundation
import GraphEngine

/// How derivatives are written, so that one label never stands for two numbers: `∂c/∂b` is the
/// local partial on one edge, `de/db` the total derivative over every path, `b̄` reverse mode's
/// adjoint (de/db for the output e) and `ḃ` forward mode's tangent (db/dx for the input x).
/// Terminals that cannot draw the marks get words: `grad b` and `tan b`.
public enum Notation: Sendable {
    /// A bar or a dot over the name: `b̄`, `ḃ`.
    case marks
    /// Words before the name, in ASCII: `grad b`, `tan b`.
    case words

    /// The adjoint of the node called `name`.
    public func adjoint(_ name: String) -> String {
        self == .marks ? Self.mark(name, "\u{304}") : "grad \(name)"
    }

    /// The tangent of the node called `name`.
    public func tangent(_ name: String) -> String {
        self == .marks ? Self.mark(name, "\u{307}") : "tan \(name)"
    }

    /// `text` with every marked name and total derivative written this way: under `words`,
    /// `b̄ = 3` becomes `grad b = 3`, `ẇ1` becomes `tan w1` and `de/db` becomes `d(e)/d(b)`,
    /// so prose written with marks reads on ASCII terminals too.
    public func spelled(_ text: String) -> String {
        guard self == .words else { return text }
        let text = text.replacingOccurrences(
            of: #"(?<![\w∂/])d([A-Za-z_%][A-Za-z0-9_]*)/d([A-Za-z_%][A-Za-z0-9_]*)(?![\w(])"#, with: "d($1)/d($2)", options: .regularExpression)
        var result = ""
        var name = ""
        var word: String?
        func flush() {
            result += word.map { "\($0) \(name)" } ?? name
            name = ""
            word = nil
        }
        for character in text {
            // Decomposed, so a precomposed ḃ (U+1E03) reads as b and its dot.
            let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            guard character.isLetter || character.isNumber || character == "_" || character == "%" else {
                flush()
                result.append(character)
                continue
            }
            if scalars.contains("\u{304}") { word = "grad" } else if scalars.contains("\u{307}") { word = "tan" }
            name += String(String.UnicodeScalarView(scalars.filter { $0 != "\u{304}" && $0 != "\u{307}" }))
        }
        flush()
        return result
    }

    /// The total derivative `dof/dwrt`, summed over every path. In words it is `d(of)/d(wrt)`:
    /// where only ASCII shows, a local partial ∂e/∂c falls back to `de/dc`, which must not read
    /// as a total derivative.
    public func total(_ of: String, _ wrt: String) -> String {
        self == .marks ? "d\(of)/d\(wrt)" : "d(\(of))/d(\(wrt))"
    }

    /// `name` with the combining `mark` over its last letter, so an index stays beside it as a
    /// subscript would: `w̄1`, `b̄`; over its last character when it has no letter (`%3̄`).
    static func mark(_ name: String, _ mark: Character) -> String {
        var characters = Array(name)
        guard let last = characters.lastIndex(where: \.isLetter) ?? characters.indices.last else { return name }
        characters[last] = Character(String(characters[last]) + String(mark))
        return String(characters)
    }
}
