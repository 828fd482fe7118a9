extension String {
    /// The longest start of this text that takes at most `width` columns, never half of a wide
    /// character; with `ellipsis`, text that had to be cut ends in `…` within the `width`.
    ///
    ///     "derivative".clipped(toWidth: 5)                  // "deriv"
    ///     "derivative".clipped(toWidth: 5, ellipsis: true)  // "deri…"
    ///     "反向传播".clipped(toWidth: 5)                      // "反向" (4 columns)
    ///
    /// Control characters are measured as, and come out as, the escapes `Canvas.write` draws.
    public func clipped(toWidth width: Int, ellipsis: Bool = false) -> String {
        let characters = Canvas.printable(self)
        var result = ""
        var used = 0
        let room = characters.displayWidth <= width || !ellipsis ? width : width - 1
        for character in characters {
            used += character.displayWidth
            if used > room { return ellipsis && width > 0 ? result + "…" : result }
            result.append(character)
        }
        return result
    }

    /// This text followed by spaces up to `width` columns; text already as wide is returned whole.
    /// `text.clipped(toWidth: n).padded(toWidth: n)` is exactly `n` columns wide.
    ///
    ///     "中".padded(toWidth: 4)  // "中  "
    public func padded(toWidth width: Int) -> String {
        let characters = Canvas.printable(self)
        return String(characters) + String(repeating: " ", count: max(0, width - characters.displayWidth))
    }
}
