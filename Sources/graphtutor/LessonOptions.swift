import ArgumentParser
import CourseFiles
import Foundation
import Tutor
import Words

/// Where the course comes from, shared by the lesson commands: the one built into the program,
/// or the lesson files of a folder given with `--lessons`; in English, or in the edition of the
/// language being spoken (`Words.language`, from `--lang` or the locale).
struct LessonOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CommandHelpWords.current.lessons, valueName: "DIR"))
    var lessons: String?

    /// The course chosen, in the language being spoken when it has that edition; a folder that
    /// cannot be read is a `Failure`.
    func course() throws -> Course {
        if Words.language != .en, let edition = try Self.edition(Words.language, in: lessons) { return edition }
        return try Self.course(in: lessons)
    }

    /// The course chosen, to be played: the lessons that fail their check are left out, each
    /// with a warning on standard error.
    func playableCourse() throws -> Course {
        let course = try course()
        for problem in course.problems { printError(ReportWords.current.warning(CommandWords.current.lessonLeftOut(problem))) }
        return course
    }

    /// The course in the `.yaml` files of `directory`, or the built-in course when it is nil;
    /// a folder that cannot be read is a `Failure` that says why.
    static func course(in directory: String?) throws -> Course {
        try course(in: directory, edition: nil)
    }

    /// The course's translation into `language` (`zh`): the built-in one, or the files of
    /// `DIR/language`; nil when there is none.
    static func edition(_ language: Language, in directory: String?) throws -> Course? {
        guard let directory else {
            let files = CourseFiles.edition(language.rawValue)
            return files.isEmpty ? nil : Course(files: files, folder: language.rawValue + "/")
        }
        let folder = (directory.hasSuffix("/") ? directory : directory + "/") + language.rawValue
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return try course(in: folder, edition: language)
    }

    private static func course(in directory: String?, edition: Language?) throws -> Course {
        guard let directory else { return Course(files: CourseFiles.lessons, folder: "") }
        var isFolder: ObjCBool = false
        let words = CommandWords.current
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
            throw Failure.error(words.noSuchFolder(directory))
        }
        guard isFolder.boolValue else { throw Failure.error(words.fileNotFolder(directory)) }
        do {
            return try Course(directory: directory)
        } catch let reason {
            throw Failure.error(words.cannotReadLessons(directory, (reason as NSError).localizedDescription))
        }
    }
}
