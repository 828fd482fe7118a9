/// An input to the explorer: a key the user pressed, or a change of terminal size.
public enum Event: Equatable, Sendable {
    case character(Character)
    case up, down, left, right
    case home, end
    case tab, backTab
    case enter, backspace, escape
    /// The Delete key (forward delete), not Backspace.
    case delete
    /// Control and a letter, as `control("a")` for Ctrl-A; the letter is lower case. The control
    /// keys that have a case of their own are not sent this way: Ctrl-I is `tab`, Ctrl-J and
    /// Ctrl-M `enter`, Ctrl-H `backspace`, Ctrl-C `interrupt`.
    case control(Character)
    /// Alt-Backspace, which the terminal sends as Esc followed by Backspace.
    case altBackspace
    case interrupt
    case resize(width: Int, height: Int)
}
