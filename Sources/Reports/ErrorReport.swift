import GraphEngine
import Tutor

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
    public static func render(_ message: String, at location: SourceLocation?, source: String, file: String? = nil) -> String {
        guard let location else { return "error: \(file.map { "\($0): " } ?? "")\(message)" }
        let place = (file.map { "\($0):" } ?? "") + location.description
        var text = "error: \(place): \(message)"
        let lines = SourceLocation.lines(of: source)
        if location.line - 1 < lines.count {
            // Only the first 200 characters are shown, and control characters such as tabs as
            // spaces, so that the caret lines up under its column.
            let line = String(lines[location.line - 1])
            let shown = String(line.prefix(200)).map { $0.isASCII && $0.asciiValue! < 32 ? " " : $0 }
            text += "\n  " + String(shown)
            text += "\n  " + String(repeating: " ", count: max(0, min(location.column, 201) - 1)) + "^"
        }
        return text
    }
}
