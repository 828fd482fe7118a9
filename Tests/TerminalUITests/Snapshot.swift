import Foundation
import TerminalUI
import Testing
import TextCanvas

/// Golden-text snapshots of rendered canvases, kept beside the tests in `Snapshots/`.
///
/// A snapshot is the canvas's rows between `|` marks, then one line per run of styled cells
/// (`row col-col attributes colour`), so both what is drawn and how it is highlighted are
/// checked. Set `RECORD_SNAPSHOTS=1` to write them anew; a missing snapshot is written and the
/// test fails, so a new one is always looked at before it is trusted.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func text(_ canvas: Canvas) -> String {
        var lines = canvas.rows.map { "|\($0)|" }
        for y in 0..<canvas.height {
            var x = 0
            while x < canvas.width {
                let style = canvas[x, y].style
                var end = x
                while end + 1 < canvas.width, canvas[end + 1, y].style == style { end += 1 }
                if style != .plain { lines.append("\(y) \(x)-\(end) \(describe(style))") }
                x = end + 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ style: Style) -> String {
        let names: [(Style.Attributes, String)] = [(.bold, "bold"), (.reverse, "reverse"), (.dim, "dim"), (.underline, "underline")]
        let attributes = names.filter { style.attributes.contains($0.0) }.map(\.1)
        return (attributes + (style.color == .default ? [] : ["\(style.color)"])).joined(separator: ",")
    }

    static func check(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(text(canvas), named: name, sourceLocation: sourceLocation)
    }

    /// Compares `actual` with the golden text `name`, or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            if !recording { Issue.record("recorded a new snapshot \(name); check it and run again", sourceLocation: sourceLocation) }
            return
        }
        #expect(actual == expected, "snapshot \(name) differs; the screen is now:\n\(actual)", sourceLocation: sourceLocation)
    }
}
