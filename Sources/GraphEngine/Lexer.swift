/// A word of the expression language, with where it starts.
struct Token: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case name(String)
        case symbol(Character)  // + - * / ^ ( ) , =
        case separator  // newline or ;
        case end
    }

    let kind: Kind
    let text: String
    let location: SourceLocation
}

/// Splits graph text into tokens; `#` starts a comment that runs to the end of the line.
enum Lexer {
    static func tokens(_ source: String) throws(GraphError) -> [Token] {
        let characters = Array(source)
        var tokens: [Token] = []
        var index = 0
        var line = 1
        var lineStart = 0
        func location(_ at: Int) -> SourceLocation { SourceLocation(line: line, column: at - lineStart + 1) }

        while index < characters.count {
            let character = characters[index]
            let start = index
            switch character {
            case _ where isLineBreak(character), ";":
                tokens.append(Token(kind: .separator, text: character == ";" ? ";" : "\n", location: location(start)))
                index += 1
                if character != ";" { line += 1; lineStart = index }
            case " ", "\t", "\r":
                index += 1
            case "#":
                while index < characters.count, !isLineBreak(characters[index]) { index += 1 }
            case "+", "-", "*", "/", "^", "(", ")", ",", "=":
                tokens.append(Token(kind: .symbol(character), text: String(character), location: location(start)))
                index += 1
            case _ where character.isASCII && (character.isNumber || character == "."):
                index = scanNumber(characters, from: index)
                let text = String(characters[start..<index])
                guard let value = Double(text) else {
                    throw GraphError(.notANumber(text), at: location(start))
                }
                guard value.isFinite else { throw GraphError(.numberTooLarge(text), at: location(start)) }
                tokens.append(Token(kind: .number(value), text: text, location: location(start)))
            case _ where isNameStart(character):
                while index < characters.count, isNameStart(characters[index]) || characters[index].isASCII && characters[index].isNumber {
                    index += 1
                }
                let text = String(characters[start..<index])
                tokens.append(Token(kind: .name(text), text: text, location: location(start)))
            default:
                throw GraphError(.unexpectedCharacter(character), at: location(start))
            }
        }
        tokens.append(Token(kind: .end, text: "end of input", location: location(index)))
        return tokens
    }

    /// `\n`, or `\r\n`, which Swift reads as one character: text from Windows ends its lines so.
    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n"
    }

    static func isNameStart(_ character: Character) -> Bool {
        character == "_" || character.isASCII && character.isLetter
    }

    /// Digits, an optional fraction and an optional exponent (`1`, `0.5`, `1e-3`, `.5`).
    private static func scanNumber(_ characters: [Character], from start: Int) -> Int {
        var index = start
        func digits() { while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 } }
        digits()
        if index < characters.count, characters[index] == "." { index += 1; digits() }
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            var next = index + 1
            if next < characters.count, characters[next] == "+" || characters[next] == "-" { next += 1 }
            if next < characters.count, characters[next].isASCII, characters[next].isNumber { index = next; digits() }
        }
        return index
    }
}
