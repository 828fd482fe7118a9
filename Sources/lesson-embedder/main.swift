import Foundation

// Writes the lesson files named after the output path and the lessons folder into Swift
// source, as `EmbeddedLessons.files`: each file's name within the folder (`04-….yaml`,
// `zh/04-….yaml`) and its text. Used by the EmbedLessons build plugin.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: lesson-embedder OUTPUT.swift LESSONS-FOLDER LESSON.yaml…\n".utf8))
    exit(64)
}
let output = arguments[0]
let folder = arguments[1].hasSuffix("/") ? arguments[1] : arguments[1] + "/"
var source = "// Generated from lessons/*.yaml by the EmbedLessons build plugin; edit the lessons, not this.\n"
source += "enum EmbeddedLessons {\n    static let files: [(name: String, text: String)] = [\n"
for path in arguments.dropFirst(2) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("lesson-embedder: cannot read \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    // A raw string with more #s than any quote or backslash in the text is followed by: it
    // neither ends early nor interpolates.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    let name = path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : URL(fileURLWithPath: path).lastPathComponent
    source += "        (\(String(reflecting: name)), \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("lesson-embedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
