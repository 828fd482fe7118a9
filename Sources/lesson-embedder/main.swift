import Foundation

// Writes the lesson files named after the output path into Swift source, as
// `EmbeddedLessons.files`: each file's name and text. Used by the EmbedLessons build plugin.

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: lesson-embedder OUTPUT.swift LESSON.yaml…\n".utf8))
    exit(64)
}
var source = "// Generated from lessons/*.yaml by the EmbedLessons build plugin; edit the lessons, not this.\n"
source += "enum EmbeddedLessons {\n    static let files: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst() {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("lesson-embedder: cannot read \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    // A raw string with more #s than any quote or backslash in the text is followed by: it
    // neither ends early nor interpolates.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    let name = URL(fileURLWithPath: path).lastPathComponent
    source += "        (\(String(reflecting: name)), \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("lesson-embedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
