extension Canvas {
    /// Replaces every non-ASCII character by an ASCII one of the same width, for `--ascii`
    /// and non-UTF-8 terminals: box drawing becomes `+ - |`, `∂` becomes `d`, `·` becomes `*`.
    public mutating func makeASCII() {
        for y in 0..<height {
            for x in 0..<width where !self[x, y].character.isASCII {
                self[x, y].character = Self.asciiFallback[self[x, y].character] ?? "?"
            }
        }
    }

    /// Drops colours, keeping bold, reverse, dim and underline, for `NO_COLOR`.
    public mutating func removeColor() {
        for y in 0..<height {
            for x in 0..<width { self[x, y].style.color = .default }
        }
    }

    public static let asciiFallback: [Character: Character] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+",
        "┴": "+", "┼": "+", "▶": ">", "▼": "v", "→": ">", "←": "<", "↑": "^", "↓": "v", "∂": "d", "·": "*",
        "Σ": "S", "≈": "~", "…": ".", "✓": "+", "✗": "x", "×": "x", "▏": "_", "²": "2",
    ]
}
