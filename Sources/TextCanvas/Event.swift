/// An input to the explorer: a key the user pressed, or a change of terminal size.
public enum Event: Equatable, Sendable {
    case character(Character)
    case up, down, left, right
    case tab, backTab
    case enter, backspace, escape
    case interrupt
    case resize(width: Int, height: Int)
}
