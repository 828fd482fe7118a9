import CNcursesw
import TextCanvas

/// Copies canvases to the curses screen, writing only the cells that changed since the last one.
final class CanvasPainter {
    private let options: DisplayOptions
    private let palette: ColorPalette?
    private var previous: Canvas?

    init(options: DisplayOptions, palette: ColorPalette?) {
        self.options = options
        self.palette = palette
    }

    /// Forgets what is on the screen, so the next `paint` clears it and draws every cell
    /// (after a resize the screen's contents are unknown).
    func invalidate() {
        previous = nil
    }

    /// Draws `canvas` from the top-left corner, clipped to the screen, and shows it; with
    /// `ascii`, as `makeASCII` makes it.
    func paint(_ canvas: Canvas) {
        var canvas = canvas
        if options.ascii { canvas.makeASCII() }
        let screen = shim_stdscr()
        if previous == nil {
            werase(screen)
            clearok(screen, true)
        }
        var height: Int32 = 0, width: Int32 = 0
        shim_getmaxyx(screen, &height, &width)
        for change in canvas.changes(since: previous) where change.x < width && change.y < height {
            // A wide character cut by the screen's right edge would make curses wrap it.
            let fits = change.x + change.cell.character.displayWidth <= width
            var cell = cchar_t()
            var text = Glyph.wideCharacters(for: fits ? change.cell.character : " ", terminalWidth: { wcwidth($0) }) + [0]
            setcchar(&cell, &text, attributes(change.cell.style), pair(change.cell.style), nil)
            mvwadd_wch(screen, Int32(change.y), Int32(change.x), &cell)
        }
        wrefresh(screen)
        previous = canvas
    }

    private func attributes(_ style: Style) -> attr_t {
        var result = shim_A_NORMAL()
        if style.attributes.contains(.bold) { result |= shim_A_BOLD() }
        if style.attributes.contains(.reverse) { result |= shim_A_REVERSE() }
        if style.attributes.contains(.dim) { result |= shim_A_DIM() }
        if style.attributes.contains(.underline) { result |= shim_A_UNDERLINE() }
        return result
    }

    private func pair(_ style: Style) -> Int16 {
        palette?.pair(for: style.color) ?? 0
    }
}
