import TextCanvas
/// A one-line text entry: what the learner has typed so far, edited by keys.
public struct TextField: Equatable, Sendable {
    public var text: String

    public init(_ text: String = "") { self.text = text }

    /// Applies an editing key; returns false for keys a text field does not handle.
    public mutating func edit(_ event: Event) -> Bool {
        switch event {
        case .character(let character) where !character.isNewline:
            text.append(character)
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        default:
            return false
        }
        return true
    }
}
