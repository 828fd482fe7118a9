/// Checks a catalogue's Chinese against its English: every entry translated, every hole kept.
public enum CatalogueCheck {
    /// One entry that fails the check.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// The entry's name in the catalogue.
        public let entry: String
        /// What is wrong with it.
        public let problem: String

        public var description: String { "\(entry): \(problem)" }
    }

    /// The entries of `catalogue` whose Chinese has a word of Latin letters that is not one of
    /// `terms` (key names, options and function names the program's input uses, such as `Esc`,
    /// `--at` or `tanh`), or whose Chinese template has other holes than the English.
    public static func findings<C: Catalogue>(in catalogue: C.Type, terms: Set<String>) -> [Finding] {
        let english = Dictionary(entries(of: C.en), uniquingKeysWith: { first, _ in first })
        return entries(of: C.zh).flatMap { name, chinese -> [Finding] in
            var findings: [Finding] = []
            let untranslated = latinWords(in: chinese.text).filter { !terms.contains($0) }
            if !untranslated.isEmpty {
                findings.append(Finding(entry: name, problem: "English left in Chinese: \(untranslated.joined(separator: ", "))"))
            }
            if let english = english[name], english.holes != chinese.holes {
                findings.append(Finding(entry: name, problem: "holes \(chinese.holes.sorted()) differ from the English \(english.holes.sorted())"))
            }
            return findings
        }
    }

    /// Every `String` and `Template` entry of `catalogue`, by name, as a template.
    public static func entries<C: Catalogue>(of catalogue: C) -> [(String, Template)] {
        Mirror(reflecting: catalogue).children.compactMap { child in
            guard let name = child.label else { return nil }
            if let template = child.value as? Template { return (name, template) }
            if let text = child.value as? String { return (name, Template(stringLiteral: text)) }
            if let texts = child.value as? [String] {
                return (name, Template(stringLiteral: texts.joined(separator: "\n")))
            }
            return nil
        }
    }

    /// The runs of two or more ASCII letters in `text`, outside its holes (`{0|node|nodes}`).
    static func latinWords(in text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var depth = 0
        for character in text {
            if character == "{" { depth += 1 } else if character == "}" { depth = max(0, depth - 1) }
            if depth == 0, character.isASCII, character.isLetter {
                word.append(character)
            } else {
                if word.count >= 2 { words.append(word) }
                word = ""
            }
        }
        if word.count >= 2 { words.append(word) }
        return words
    }
}
