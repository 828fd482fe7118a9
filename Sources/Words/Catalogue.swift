/// The program's words in the language being spoken.
///
/// Every user-visible string comes from a catalogue: a struct of `String`s and `Template`s for
/// one part of the program (`ProblemWords`, `ScreenWords`, …), written once per language in
/// `en/` and `zh/`. A catalogue's memberwise initialiser makes a missing entry a compile error;
/// `CatalogueCheck` finds entries left in English.
public protocol Catalogue: Sendable {
    /// The English entries.
    static var en: Self { get }
    /// The Chinese entries.
    static var zh: Self { get }
}

extension Catalogue {
    /// The entries in `language`.
    public static subscript(_ language: Language) -> Self {
        switch language {
        case .en: en
        case .zh: zh
        }
    }

    /// The entries in the language being spoken (`Words.language`).
    public static var current: Self { self[Words.language] }
}

/// The language being spoken, set once where a command starts (and per test).
public enum Words {
    /// The language of every catalogue's `current`; English unless set with
    /// `Words.$language.withValue(.zh) { … }`.
    @TaskLocal public static var language: Language = .en

    /// `text` without the spaces between two Chinese characters: a template spaces its holes
    /// for names and numbers (`{0} 是 {1}`), and a hole filled with Chinese words needs none
    /// (`x 是长为 3 的向量`, not `x 是 长为 3 的向量`). Text without Chinese is unchanged.
    public static func tidied(_ text: String) -> String {
        func isChinese(_ character: Character?) -> Bool {
            guard let scalar = character?.unicodeScalars.first else { return false }
            return (0x3000...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
        }
        var result = ""
        var previous: Character?
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            if character == " ", isChinese(previous), isChinese(next) { continue }
            result.append(character)
            previous = character
        }
        return result
    }
}
