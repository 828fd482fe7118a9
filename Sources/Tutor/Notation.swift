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

    /// `text` with every marked name written this way: under `words`, `b̄ = 3` becomes
    /// `grad b = 3` and `ẇ1` becomes `tan w1`, so prose written with marks reads on ASCII
    /// terminals too.
    public func spelled(_ text: String) -> String {
        guard self == .words else { return text }
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

    /// The total derivative `dof/dwrt`, summed over every path.
    public static func total(_ of: String, _ wrt: String) -> String { "d\(of)/d\(wrt)" }

    /// `name` with the combining `mark` over its last letter, so an index stays beside it as a
    /// subscript would: `w̄1`, `b̄`; over its last character when it has no letter (`%3̄`).
    static func mark(_ name: String, _ mark: Character) -> String {
        var characters = Array(name)
        guard let last = characters.lastIndex(where: \.isLetter) ?? characters.indices.last else { return name }
        characters[last] = Character(String(characters[last]) + String(mark))
        return String(characters)
    }
}
