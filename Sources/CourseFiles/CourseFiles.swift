/// The course as it was built into the program: each lesson file's name and text, in the order
/// of their names.
public enum CourseFiles {
    public static var lessons: [(name: String, text: String)] { EmbeddedLessons.files }
}
