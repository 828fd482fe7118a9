import Foundation
import Testing

/// Nothing the user typed reaches the terminal raw: control characters in graph text, option
/// values and file names come out of the program escaped (`\u{9B}`).
@Suite struct ControlCharacterEndToEndTests {
    /// Whether `text` holds a C0 control character other than a line break, DEL or a C1 one.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test(arguments: [
        (["eval", "y = 2 * a", "--at", "a=1", "--output", "y\u{1B}[2J"], "'y\\u{1B}[2J'"),
        (["eval", "y = a \u{85} b"], "unexpected character '\\u{85}'\n  y = a \\u{85} b\n        ^"),
        (["eval", "y = a +\u{9B}31m b"], "unexpected character '\\u{9B}'\n  y = a +\\u{9B}31m b\n         ^"),
        (["eval", "y = a\u{7F}"], "unexpected character '\\u{7F}'\n  y = a\\u{7F}\n       ^"),
        (["eval", "y = 2 * a", "--at", "a=1\u{1B}]0;x\u{7}"], "'1\\u{1B}]0;x\\u{07}' is not a finite number"),
        (["eval", "y = 2 * a", "--at", "a=1", "--wrt", "a\nb"], "--wrt: 'a\\nb' is not an input"),
        (["eval", "@/nonexistent/\u{9B}1m"], "cannot read the graph file '/nonexistent/\\u{9B}1m': no such file"),
        (["eval", "y = 2", "--trace", "\u{1B}[2J"], "'\\u{1B}[2J'"),
        (["eval", "y = 2", "--\u{1B}[2J"], "'--\\u{1B}[2J'"),
    ])
    func errorsEscapeWhatTheUserTyped(_ arguments: [String], shown: String) throws {
        let result = try CommandLineEndToEndTests().run(arguments)
        #expect(result.status != 0)
        #expect(result.errors.contains(shown), "\(result.errors.debugDescription)")
        #expect(!Self.hasRawControl(result.errors), "\(result.errors.debugDescription)")
    }
}
