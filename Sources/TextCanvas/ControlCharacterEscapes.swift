extension String {
    /// This text with every control character written as a visible escape, so that text from a
    /// user (a graph, an option's value, a file name) never reaches a terminal raw: `\n`, `\t`
    /// and `\r` for those three, `\u{XX}` for the other C0 characters, DEL and the C1 characters.
    ///
    ///     "y\u{1B}[2J".escapingControlCharacters  // "y\u{1B}[2J", as 10 visible characters
    ///     "a\u{9B}b".escapingControlCharacters   // "a\u{9B}b", as 8 visible characters
    ///     "a\tb".escapingControlCharacters       // "a\tb", as 4 visible characters
    ///     "b̄ = 5".escapingControlCharacters      // "b̄ = 5", unchanged
    ///
    /// This is the one escaping function: error messages, reports and the canvas (`Canvas.write`)
    /// all go through it. The escapes are Swift's own notation for these characters.
    ///
    /// - Complexity: O(n) in the length of the text; text without control characters is
    ///   returned as it is after one scan of its bytes.
    public var escapingControlCharacters: String {
        // C0 and DEL are single bytes; every C1 character is encoded as 0xC2 0x80...0x9F.
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x09: result += "\\t"
            case 0x0D: result += "\\r"
            case _ where scalar.isControlCharacter:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u{" + (hex.count < 2 ? "0" : "") + hex + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// Whether this is a C0 control character (U+0000–U+001F), DEL (U+007F) or a C1 control
    /// character (U+0080–U+009F): the characters a terminal may act on rather than show.
    public var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
