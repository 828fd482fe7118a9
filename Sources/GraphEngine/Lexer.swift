/// A word of the expression language: what kind, where its bytes are in the UTF-8 text, and
/// where it starts as line and column (in characters, as people count them).
struct Token {
    enum Kind: Equatable {
        case number
        case name
        case symbol(UInt8)  // + - * / ^ ( ) , = and, for arrays, [ ] @
        case separator  // newline or ;
        case end
    }

    let kind: Kind
    /// The token's bytes are `start..<end` of the source's UTF-8.
    let start: Int
    let end: Int
    let location: SourceLocation
    /// A number's value.
    var value: Double = 0
}

/// Splits graph text into tokens, one at a time, reading its UTF-8 bytes; `#` starts a comment
/// that runs to the end of the line. Names are `_` and letters, then also digits, where a
/// letter is any that may start an identifier in Unicode (XID_Start; XID_Continue after the
/// first, so `x̄` is a name); everything else in the language is ASCII, so bytes decide it and
/// only a byte beyond ASCII needs a closer look.
///
/// Columns count characters (grapheme clusters): the bytes of a line, as long as it is ASCII,
/// and counted characters after its first byte beyond ASCII.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// The first byte beyond ASCII on the current line, if any has been read.
    private var firstNonASCII: Int?
    /// Where a column was last counted in characters on the current line, to count on from.
    private var counted = (byte: 0, column: 1)
    /// Whether `[`, `]` and `@` are symbols, as in array graphs; otherwise they are characters
    /// the language does not have.
    let readsArrays: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, readsArrays: Bool = false) {
        self.bytes = bytes
        self.readsArrays = readsArrays
    }

    /// The next token; `.end` at the end of the text, and again after.
    mutating func next() throws(GraphError) -> Token {
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: ";"):
                let token = Token(kind: .separator, start: start, end: start + 1, location: location(start))
                index += 1
                if byte == UInt8(ascii: "\n") { startLine() }
                return token
            case UInt8(ascii: "\r") where isCRLF(at: index):
                // `\r\n` is one character, a line break; a lone `\r` is blank space.
                let token = Token(kind: .separator, start: start, end: start + 2, location: location(start))
                index += 2
                startLine()
                return token
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), !isCRLF(at: index) { index += 1 }
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "^"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "="):
                index += 1
                return Token(kind: .symbol(byte), start: start, end: index, location: location(start))
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "@"):
                guard readsArrays else { throw GraphError(.unexpectedCharacter(character(at: start)), at: location(start)) }
                index += 1
                return Token(kind: .symbol(byte), start: start, end: index, location: location(start))
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
                scanNumber()
                let text = self.text(start..<index)
                guard let value = Double(text) else { throw GraphError(.notANumber(text), at: location(start)) }
                guard value.isFinite else { throw GraphError(.numberTooLarge(text), at: location(start)) }
                return Token(kind: .number, start: start, end: index, location: location(start), value: value)
            default:
                guard let first = nameByte(at: index, start: true) else {
                    throw GraphError(.unexpectedCharacter(character(at: start)), at: location(start))
                }
                index += first
                while index < bytes.count {
                    // Most names are ASCII: their bytes are told apart here, without a call.
                    let byte = bytes[index]
                    if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_") {
                        index += 1
                    } else if byte >= 0x80, let width = nameByte(at: index, start: false) {
                        index += width
                    } else {
                        break
                    }
                }
                return Token(kind: .name, start: start, end: index, location: location(start))
            }
        }
        return Token(kind: .end, start: index, end: index, location: location(index))
    }

    /// A token's bytes.
    func bytes(_ token: Token) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]) }

    /// The text of `range` of the source.
    func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    /// A token as the user wrote it, for messages: `;`, a new line, a name, `end of input`.
    func text(_ token: Token) -> String {
        switch token.kind {
        case .separator: bytes[token.start] == UInt8(ascii: ";") ? ";" : "\n"
        case .end: "end of input"
        default: text(token.start..<token.end)
        }
    }

    /// What `token` is, for a message that found it where something else was expected.
    func found(_ token: Token) -> GraphError.Found {
        switch token.kind {
        case .separator where text(token) == "\n": .newLine
        case .end: .endOfInput
        default: .token(text(token))
        }
    }

    /// `error`, unless the rest of the text has a character the lexer cannot read: that error
    /// comes first, as if the whole text had been split into tokens before parsing.
    mutating func failing(_ error: GraphError) -> GraphError {
        do {
            while try next().kind != .end {}
        } catch let lexical {
            return lexical
        }
        return error
    }

    private mutating func startLine() {
        line += 1
        lineStart = index
        firstNonASCII = nil
        counted = (index, 1)
    }

    private func isCRLF(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
    }

    /// Where the byte at `at`, on the current line, is: its column is its byte offset in the
    /// line while all before it is ASCII, else counted in characters.
    private mutating func location(_ at: Int) -> SourceLocation {
        guard let firstNonASCII, at > firstNonASCII else { return SourceLocation(line: line, column: at - lineStart + 1) }
        if counted.byte > at { counted = (lineStart, 1) }
        counted = (at, counted.column + text(counted.byte..<at).count)
        return SourceLocation(line: line, column: counted.column)
    }

    /// How many bytes the scalar at `at` takes if it belongs in a name (as its first
    /// character when `start`), else nil.
    private mutating func nameByte(at: Int, start: Bool) -> Int? {
        let byte = bytes[at]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): return 1
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return start ? nil : 1
        case 0x80...:
            var iterator = UnsafeBufferPointer(rebasing: bytes[at...]).makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
            guard start ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue else { return nil }
            if firstNonASCII == nil { firstNonASCII = at }
            return UTF8.width(scalar)
        default: return nil
        }
    }

    /// The character starting at byte `at`, for an error about it.
    private mutating func character(at: Int) -> Character {
        if bytes[at] >= 0x80, firstNonASCII == nil { firstNonASCII = at }
        return text(at..<min(bytes.count, at + 64)).first!
    }

    /// Digits, an optional fraction and an optional exponent (`1`, `0.5`, `1e-3`, `.5`).
    private mutating func scanNumber() {
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9") }
        func digits() { while isDigit(index) { index += 1 } }
        digits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1; digits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var next = index + 1
            if next < bytes.count, bytes[next] == UInt8(ascii: "+") || bytes[next] == UInt8(ascii: "-") { next += 1 }
            if isDigit(next) { index = next; digits() }
        }
    }
}
