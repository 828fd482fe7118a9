import Foundation

/// The lessons of a course in their order, each checked against the engine; the ones that
/// failed the check are kept apart with their problems, and are not played.
public struct Course: Sendable {
    public let lessons: [LessonScript]
    public let problems: [LessonError]
    /// Where the files came from, as messages name it (`lessons/zh/`), or empty.
    public let folderName: String

    /// The course in `files` (name and text), ordered by name; `folder` prefixes the names in
    /// messages.
    public init(files: [(name: String, text: String)], folder: String) {
        var lessons: [LessonScript] = []
        var problems: [LessonError] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            do {
                lessons.append(try LessonScript(LessonLoader.load(file.text, file: folder + file.name)))
            } catch {
                problems.append(error)
            }
        }
        self.lessons = lessons
        self.problems = problems
        folderName = folder
    }

    /// The course in the `.yaml` files of `directory`.
    public init(directory: String) throws {
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
        var files: [(name: String, text: String)] = []
        for name in names { files.append((name, try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8))) }
        self.init(files: files, folder: directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// The lesson numbered `number`, if the course has it.
    public func lesson(numbered number: Int) -> LessonScript? { lessons.first { $0.lesson.number == number } }
}
