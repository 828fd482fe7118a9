extension Canvas {
    /// The program's title bar across `rect`'s first row, in reverse video:
    /// ` GraphTutor │ ` and then `text`, cut to the width.
    public mutating func titleBar(_ text: String, in rect: Rect) {
        fill(x: rect.x, y: rect.y, width: rect.width, height: 1, with: Cell(" ", .reverse))
        write(" GraphTutor │ " + text, x: rect.x, y: rect.y, maxWidth: rect.width, style: .reverse)
    }
}
