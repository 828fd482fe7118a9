/// Splits `text` into lines of at most `width` columns (by `displayWidth`); text that fits stays
/// as it is, leading spaces included.
///
/// Lines break at spaces and, as CJK text has none, beside wide characters — except before
/// closing punctuation like `。，」` and after opening punctuation like `「`. A run wider than
/// `width` with no such break (a long name) is broken between any two characters, starting on
/// the current line, so no line is wider than `width`; only a single character wider than
/// `width` (a wide character when `width` is 1) gets a line of its own.
///
///     wrap("one two three", width: 7)  // ["one two", "three"]
///     wrap("反向传播：一次反向扫描给出每个输入的导数。", width: 10)
///     // ["反向传播：", "一次反向扫", "描给出每个", "输入的导", "数。"]
///
/// Control characters are measured as the escapes `Canvas.write` draws, and come out escaped.
public func wrap(_ text: String, width: Int) -> [String] {
    wrap(text, width: width, continuationWidth: width)
}

/// `text` wrapped as `wrap` does, its first line to `width` columns and the others to
/// `continuationWidth`, for lines that follow with an indent.
public func wrap(_ text: String, width: Int, continuationWidth: Int) -> [String] {
    if text.displayWidth <= width { return [text] }
    var wrapper = LineWrapper(width: width, continuationWidth: continuationWidth)
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
        for (index, piece) in LineWrapper.pieces(of: Canvas.printable(String(word))).enumerated() {
            wrapper.place(piece, afterSpace: index == 0)
        }
    }
    return wrapper.lines + [wrapper.line]
}

/// `text` cut where a line may break: before each word (its space kept in front of it) and, as
/// CJK text has no spaces, beside wide characters, with `wrap`'s rules for punctuation. Joined
/// again, the pieces are `text`. For writers that wrap styled runs themselves.
///
///     lineBreakPieces("one two")   // ["one", " two"]
///     lineBreakPieces("反向传播。")  // ["反", "向", "传", "播。"]
public func lineBreakPieces(_ text: String) -> [String] {
    var pieces: [String] = []
    var previous: Character?
    for character in text {
        let startsWord = character == " " && previous != " "
        let breaks = previous.map { $0 != " " && character != " " && LineWrapper.mayBreak(between: $0, and: character) } ?? false
        if pieces.isEmpty || startsWord || breaks { pieces.append("") }
        pieces[pieces.count - 1].append(character)
        previous = character
    }
    return pieces
}

/// Fills lines piece by piece: a piece is what may not be broken unless it is wider than a line.
private struct LineWrapper {
    /// The width of the line being filled: the first line's, then the others'.
    var width: Int
    let continuationWidth: Int
    var lines: [String] = []
    var line = ""
    var used = 0

    init(width: Int, continuationWidth: Int) {
        self.width = width
        self.continuationWidth = max(1, continuationWidth)
    }

    /// `word` cut where a line may break inside it: beside wide characters. An empty word (between
    /// two spaces) is one empty piece, so the space is kept.
    static func pieces(of word: [Character]) -> [[Character]] {
        var pieces: [[Character]] = [[]]
        for (index, character) in word.enumerated() {
            if index > 0 && mayBreak(between: word[index - 1], and: character) { pieces.append([]) }
            pieces[pieces.count - 1].append(character)
        }
        return pieces
    }

    static func mayBreak(between previous: Character, and next: Character) -> Bool {
        (previous.displayWidth == 2 || next.displayWidth == 2) && !noBreakBefore.contains(next)
            && !noBreakAfter.contains(previous)
    }

    private static let noBreakBefore: Set<Character> = ["。", "，", "、", "：", "；", "！", "？", "）", "」", "』", "】", "〉", "》"]
    private static let noBreakAfter: Set<Character> = ["（", "「", "『", "【", "〈", "《"]

    /// Puts `piece` on the line, after a space if it starts a word and the line has begun, or
    /// on a new line if it does not fit.
    mutating func place(_ piece: [Character], afterSpace: Bool) {
        let separator = afterSpace && !line.isEmpty ? 1 : 0
        let columns = piece.displayWidth
        if columns > width {
            if !line.isEmpty && used + separator + piece[0].displayWidth > width {
                breakLine()
            } else if separator == 1 {
                append(" ", columns: 1)
            }
            for character in piece {
                if !line.isEmpty && used + character.displayWidth > width { breakLine() }
                append(String(character), columns: character.displayWidth)
            }
        } else if !line.isEmpty && used + separator + columns > width {
            breakLine()
            append(String(piece), columns: columns)
        } else {
            append((separator == 1 ? " " : "") + String(piece), columns: separator + columns)
        }
    }

    private mutating func append(_ text: String, columns: Int) {
        line += text
        used += columns
    }

    private mutating func breakLine() {
        lines.append(line)
        line = ""
        used = 0
        width = continuationWidth
    }
}
