/// Lines entered earlier, recalled one at a time with Up and Down as a shell does; coming back
/// down past the newest gives back the line that was being typed.
///
///     var history = LineHistory()
///     history.begin("x = 1")           // entries ["x = 1"], typing "x = 1"
///     history.begin("y = 2")           // entries ["x = 1", "y = 2"], typing "y = 2"
///     history.recall(.older, replacing: "y = 2; z")   // "y = 2"
///     history.recall(.older, replacing: "y = 2")      // "x = 1"
///     history.recall(.newer, replacing: "x = 1")      // "y = 2"
///     history.recall(.newer, replacing: "y = 2")      // "y = 2; z", the line being typed
///
/// Entries equal to the line shown are passed over, so a key always changes the line.
public struct LineHistory: Sendable {
    public enum Direction: Sendable { case older, newer }

    /// The lines, oldest first.
    public private(set) var entries: [String] = []
    /// The entry shown; `entries.count` while the line being typed is shown.
    private var position = 0
    /// The line being typed when the first entry was recalled.
    private var typing = ""

    public init() {}

    /// Starts recalling anew, with `line` (unless it is already the newest) as the newest entry,
    /// the line being typed shown.
    public mutating func begin(_ line: String) {
        if entries.last != line { entries.append(line) }
        position = entries.count
        typing = line
    }

    /// The next entry in `direction` that differs from `shown` (the newer side ends with the
    /// line being typed), or nil if there is none; `shown` is what the field shows now.
    public mutating func recall(_ direction: Direction, replacing shown: String) -> String? {
        if position == entries.count { typing = shown }
        let candidates = direction == .older ? stride(from: position - 1, through: 0, by: -1) : stride(from: position + 1, through: entries.count, by: 1)
        guard let next = candidates.first(where: { line(at: $0) != shown }) else { return nil }
        position = next
        return line(at: next)
    }

    private func line(at position: Int) -> String {
        position == entries.count ? typing : entries[position]
    }
}
