import TextCanvas
/// The explorer's keys, as the help overlay and the README list them.
public enum KeyHelp {
    public static let entries: [(keys: String, action: String)] = [
        ("← ↓ ↑ → / h j k l", "move the selection between nodes"),
        ("Tab / Shift-Tab", "next / previous node in topological order"),
        ("f", "forward values, node by node"),
        ("t", "forward mode, from the selected input"),
        ("r", "reverse mode, from the output"),
        ("s", "path sums, from the selected input"),
        ("space or n", "next step"),
        ("Backspace or N", "previous step"),
        ("g / G", "first / last step"),
        ("p", "predict mode: guess each number first"),
        ("e", "edit the selected input's value"),
        (":", "type a new graph"),
        ("?", "this help"),
        ("Esc", "close a dialog, or leave the pass"),
        ("q", "quit"),
    ]

    /// The one-line reminder at the bottom of the screen, as much of it as fits in `width`.
    public static func footer(width: Int) -> String {
        let full = "hjkl move  f t r s pass  n N step  p predict  e edit  : graph  ? help  q quit"
        return full.count <= width ? full : "hjkl move  f t r s pass  n N step  ? help  q quit"
    }
}
