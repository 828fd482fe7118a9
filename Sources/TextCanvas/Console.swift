/// Where a program's screens are shown and its keys come from: the real terminal, or a
/// scripted stand-in that lets tests drive the whole program without one.
public protocol Console {
    /// The screen's size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows `canvas` from the top-left corner.
    mutating func show(_ canvas: Canvas)
    /// The next key or resize, waiting at most `timeout` seconds (forever when nil); nil when
    /// the time ran out first.
    mutating func nextEvent(timeout: Double?) throws -> Event?
}
