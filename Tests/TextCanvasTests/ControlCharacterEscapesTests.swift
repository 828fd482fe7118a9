import Testing
import TextCanvas

@Suite struct ControlCharacterEscapesTests {
    @Test(arguments: [
        ("y\u{1B}[2J", #"y\u{1B}[2J"#),
        ("a\u{9B}31m", #"a\u{9B}31m"#),
        ("\u{85}\u{7F}\u{0}\u{7}", #"\u{85}\u{7F}\u{00}\u{07}"#),
        ("a\tb\nc\r\n", #"a\tb\nc\r\n"#),
        ("b̄ = 5 · 反向 \u{A0}é", "b̄ = 5 · 反向 \u{A0}é"),
        (#"\u{9B} typed"#, #"\u{9B} typed"#),
    ])
    func everyControlCharacterIsEscapedAndNothingElse(_ text: String, escaped: String) {
        #expect(text.escapingControlCharacters == escaped)
        #expect(text.escapingControlCharacters.escapingControlCharacters == escaped)
    }

    @Test func everyC0C1AndDELScalarIsControlAndNoOther() {
        let controls = (0..<0x20).map { $0 } + [0x7F] + (0x80..<0xA0).map { $0 }
        for value in 0..<0x300 {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(scalar.isControlCharacter == controls.contains(value))
            let escaped = String(scalar).escapingControlCharacters
            #expect(!escaped.unicodeScalars.contains { $0.isControlCharacter })
        }
    }

    /// The screen shows the same escapes as error messages: before, the canvas wrote `^[` for
    /// ESC and `\u{9b}` for CSI.
    @Test func theCanvasWritesTheSameEscapes() {
        var canvas = Canvas(width: 20, height: 1)
        canvas.write("a\u{1B}b\u{9B}c", x: 0, y: 0)
        #expect(canvas.rows == [#"a\u{1B}b\u{9B}c     "#])
    }
}
