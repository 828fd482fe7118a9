import GraphEngine
import TextCanvas
import Tutor
import Words

/// An error for the command line: `error: FILE:LINE:COL: message`, then the source line with a
/// caret under the spot.
public enum ErrorReport {
    /// `error` worded for the command line, placed in `source`; `file` names where the text
    /// came from, if anywhere.
    public static func render(_ error: GraphError, source: String, file: String? = nil) -> String {
        render(ProblemWording.describe(error.problem, inputHint: .commandLine), at: error.location, source: source, file: file)
    }

    /// `message` about the text at `location` in `source`, such as a problem with a value of
    /// `--at`; without a location, just `error: FILE: message`.
    ///
    /// The message, the file's name and the source line have their control characters escaped
    /// (`\u{9B}`), as the user typed them and a terminal would act on them.
    public static func render(_ message: String, at location: SourceLocation?, source: String, file: String? = nil) -> String {
        let message = message.escapingControlCharacters
        let file = file?.escapingControlCharacters
        let words = ReportWords.current
        guard let location else { return file.map { words.errorAt($0, message) } ?? words.error(message) }
        let place = (file.map { "\($0):" } ?? "") + location.description
        var text = words.errorAt(place, message)
        let lines = SourceLocation.lines(of: source)
        if location.line - 1 < lines.count {
            // Only the first 200 characters are shown, tabs as spaces; the caret goes under its
            // column as shown, escapes and wide characters measured by their display width.
            let line = lines[location.line - 1].prefix(200).map { $0 == "\t" ? " " : $0 }
            let before = String(line.prefix(location.column - 1)).escapingControlCharacters
            text += "\n  " + String(line).escapingControlCharacters
            text += "\n  " + String(repeating: " ", count: before.displayWidth) + "^"
        }
        return text
    }
}
