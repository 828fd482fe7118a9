// How many terminal columns text takes, with `wcwidth` semantics, in pure Swift.
//
// libc's `wcwidth` is not used: it follows the process locale (under the C locale every
// non-ASCII character is -1) and its tables lag Unicode. Here a character is 0, 1 or 2 columns:
// 0 for combining marks and other invisible format characters (general categories Mn, Me, Cf),
// 2 for East Asian Wide and Fullwidth characters (CJK ideographs, Hangul, kana, fullwidth forms,
// CJK punctuation) and emoji shown as emoji by default, 1 for everything else — including the
// "ambiguous" characters `∂ ─ │ →`, which take two columns only in CJK-configured terminals
// (`--ascii` covers those).

extension Unicode.Scalar {
    /// Columns this scalar takes on its own: 0, 1 or 2. Control characters count 1, the one
    /// cell a canvas gives them.
    var displayWidth: Int {
        // Nothing below U+0300 (where combining marks start) is wide or invisible, except the
        // soft hyphen, which wcwidth also counts as 1.
        if value < 0x300 { return 1 }
        if Self.zeroWidth.contains(where: { $0.contains(value) }) { return 0 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if Self.wide.contains(where: { $0.contains(value) }) { return 2 }
        // Emoji shown as emoji by default are East Asian Wide; regional indicators (flag halves)
        // are not.
        if properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(value) { return 2 }
        return 1
    }

    /// Hangul vowels and final consonants, which join the initial consonant's two columns.
    private static let zeroWidth: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0xD7B0...0xD7FF]

    /// East Asian Wide and Fullwidth blocks, unassigned code points in them included (as
    /// wcwidth implementations do), other than emoji.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul initial consonants
        0x2329...0x232A,  // angle brackets 〈 〉
        0x2E80...0x303E,  // CJK radicals, ideographic description, CJK symbols and punctuation 。、「」
        0x3041...0x33FF,  // kana, bopomofo, Hangul compatibility jamo, enclosed CJK, CJK compatibility
        0x3400...0x4DBF,  // CJK ideographs extension A
        0x4E00...0xA4CF,  // CJK ideographs, Yi
        0xA960...0xA97F,  // Hangul initial consonants extended
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms ，：！Ａ
        0xFFE0...0xFFE6,  // fullwidth signs ￥
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // kana supplements, Nüshu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK ideographs, planes 2 and 3
    ]
}

extension Character {
    /// Columns this character takes on a terminal: 0, 1 or 2.
    ///
    /// A character is a grapheme cluster, so its width is its first (base) scalar's: combining
    /// marks after the base add nothing.
    ///
    ///     Character("b").displayWidth         // 1
    ///     Character("b\u{304}").displayWidth  // 1 (b̄)
    ///     Character("中").displayWidth        // 2
    ///     Character("\u{301}").displayWidth   // 0 (a combining mark on its own)
    ///
    /// A control character counts 1, the one cell a canvas gives it; `Canvas.write` and the
    /// `String` helpers escape control characters first (`Canvas.printable`).
    public var displayWidth: Int { unicodeScalars.first!.displayWidth }
}

extension String {
    /// Columns `Canvas.write` takes for this text: each character's `displayWidth`, with
    /// control characters counted as the escapes it writes for them (`"\n"` takes 2).
    ///
    ///     "abc".displayWidth     // 3
    ///     "反向传播".displayWidth  // 8
    ///     "b\u{304}".displayWidth  // 1
    public var displayWidth: Int { Canvas.printable(self).displayWidth }
}

extension [Character] {
    /// The columns these characters take side by side.
    var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }
}
