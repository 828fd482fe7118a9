/// How the backend may draw: which characters and whether in colour.
public struct TerminalOptions: Equatable, Sendable {
    /// Never send a non-ASCII character; any that reaches the backend is drawn as `?`.
    public var ascii: Bool
    /// Draw cell colours. When false, bold, reverse, dim and underline are still drawn.
    public var color: Bool

    public init(ascii: Bool = false, color: Bool = true) {
        self.ascii = ascii
        self.color = color
    }
}
