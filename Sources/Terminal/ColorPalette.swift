import CNcursesw
import TextCanvas

/// The curses colour pairs for `Style.Color`: each colour on the terminal's own background.
struct ColorPalette {
    private static let curses: [Style.Color: Int16] = [
        .red: Int16(COLOR_RED), .green: Int16(COLOR_GREEN), .yellow: Int16(COLOR_YELLOW),
        .blue: Int16(COLOR_BLUE), .magenta: Int16(COLOR_MAGENTA), .cyan: Int16(COLOR_CYAN),
        .white: Int16(COLOR_WHITE),
    ]

    /// Starts colour and defines one pair per colour, or returns nil when the terminal has too
    /// few colours or pairs. Call after `newterm`.
    static func start() -> ColorPalette? {
        guard has_colors(), start_color() == OK, shim_color_pairs() > curses.count else { return nil }
        let background = use_default_colors() == OK ? Int16(-1) : Int16(COLOR_BLACK)
        for color in Style.Color.allCases {
            guard let foreground = curses[color] else { continue }
            init_pair(Int16(color.rawValue), foreground, background)
        }
        return ColorPalette()
    }

    /// The pair number for `color`; 0, the terminal's default colours, for `.default`.
    func pair(for color: Style.Color) -> Int16 {
        Self.curses[color] == nil ? 0 : Int16(color.rawValue)
    }
}
