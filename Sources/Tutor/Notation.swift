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
