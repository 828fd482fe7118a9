/// Splits `text` at spaces into lines of at most `width` characters; text that fits stays
/// as it is, leading spaces included.
public func wrap(_ text: String, width: Int) -> [String] {
    if text.count <= width { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
        if !line.isEmpty && line.count + 1 + word.count > width {
            lines.append(line)
            line = String(word)
        } else {
            line += (line.isEmpty ? "" : " ") + word
        }
    }
    return lines + [line]
}
