/// How a screen may be drawn: which characters, and whether in colour. The explorer draws by
/// them and the terminal backend enforces them.
public struct DisplayOptions: Equatable, Sendable {
    /// ASCII characters only (`--ascii`, or a terminal whose locale is not UTF-8).
    public var ascii: Bool
    /// Colours; off under `NO_COLOR`, when bold, reverse, dim and underline still mark highlights.
    public var color: Bool

    public init(ascii: Bool = false, color: Bool = true) {
        self.ascii = ascii
        self.color = color
    }
}
