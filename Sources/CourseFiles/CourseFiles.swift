/// The course as it was built into the program: each lesson file's name and text, in the order
/// of their names.
public enum CourseFiles {
    /// The English course.
    public static var lessons: [(name: String, text: String)] { edition(nil) }

    /// The course in `language` (`zh`), or the English one for nil; empty when there is no
    /// such edition.
    public static func edition(_ language: String?) -> [(name: String, text: String)] {
        let prefix = language.map { $0 + "/" } ?? ""
        return EmbeddedLessons.files.compactMap { file in
            guard file.name.hasPrefix(prefix) else { return nil }
            let name = String(file.name.dropFirst(prefix.count))
            return name.contains("/") ? nil : (name, file.text)
        }
    }
}
