extension Canvas {
    /// Replaces every non-ASCII character by ASCII of the same width, for `--ascii` and
    /// non-UTF-8 terminals: box drawing becomes `+ - |`, `∂` becomes `d`, `·` becomes `*`, `Wᵀ` `W'`, a
    /// fullwidth form its ASCII letter and a space (`：` becomes `: `), and any other wide
    /// character `??`, so the grid stays aligned. With `keepingWide`, a wide character with no
    /// ASCII stand-in (a CJK character) is kept, for text that is written out as UTF-8: such
    /// characters take two columns everywhere, unlike the ambiguous ones this replaces.
    public mutating func makeASCII(keepingWide: Bool = false) {
        for index in cells.indices where !cells[index].character.isASCII {
            let fallback = Self.asciiFallback(for: cells[index].character)
            if keepingWide && fallback == nil && cells[index].character.displayWidth == 2 { continue }
            cells[index].character = fallback ?? "?"
            if index + 1 < cells.count && cells[index + 1].isContinuation {
                cells[index + 1] = Cell(fallback == nil ? "?" : " ", cells[index + 1].style)
            }
        }
    }

    /// Drops colours, keeping bold, reverse, dim and underline, for `NO_COLOR`.
    public mutating func removeColor() {
        for index in cells.indices { cells[index].style.color = .default }
    }

    public static let asciiFallback: [Character: Character] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+",
        "┴": "+", "┼": "+", "▶": ">", "▼": "v", "→": ">", "←": "<", "↑": "^", "↓": "v", "∂": "d", "·": "*",
        "Σ": "S", "≈": "~", "…": ".", "✓": "+", "✗": "x", "×": "x", "▏": "_", "²": "2", "₁": "1", "₂": "2",
        "\u{3000}": " ", "、": ",", "。": ".", "「": "[", "」": "]",
        // Array rules: a transpose as MATLAB writes it, the entry-by-entry product as the graph text does.
        "ᵀ": "'", "⊙": "*",
    ]

    /// The ASCII character that stands for `character`, if there is one: from `asciiFallback`,
    /// or the ASCII original of a fullwidth form (U+FF01–U+FF5E).
    private static func asciiFallback(for character: Character) -> Character? {
        let scalar = character.unicodeScalars.first!.value
        guard character.unicodeScalars.count == 1, (0xFF01...0xFF5E).contains(scalar) else { return asciiFallback[character] }
        return Character(Unicode.Scalar(scalar - 0xFEE0)!)
    }
}
