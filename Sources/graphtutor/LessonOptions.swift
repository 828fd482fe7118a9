import ArgumentParser
import CourseFiles
import Foundation
import Tutor

/// Where the course comes from, shared by the lesson commands: the one built into the program,
/// or the lesson files of a folder given with `--lessons`; in English, or in the edition of the
/// language chosen with `--lang` or by the locale.
struct LessonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Load the course from DIR instead of the built-in one.", valueName: "DIR"))
    var lessons: String?

    @Option(help: ArgumentHelp(
        "The course's language: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG starts with zh, else en).",
        valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, !["en", "zh"].contains(lang) { throw ValidationError("--lang takes en or zh, not '\(lang)'") }
    }

    /// The language chosen: `--lang`, else the first of LC_ALL, LC_MESSAGES and LANG that is
    /// set (a locale starting with `zh` means Chinese), else English. The variables are read
    /// themselves, since a Chinese locale may not be installed.
    func language(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let lang { return lang }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("zh") ? "zh" : "en"
    }

    /// The course chosen, in the language chosen when it has that edition; a folder that
    /// cannot be read is a `Failure`.
    func course() throws -> Course {
        let language = language()
        if language != "en", let edition = try Self.edition(language, in: lessons) { return edition }
        return try Self.course(in: lessons)
    }

    /// The course chosen, to be played: the lessons that fail their check are left out, each
    /// with a warning on standard error.
    func playableCourse() throws -> Course {
        let course = try course()
        for problem in course.problems { printError("warning: lesson left out: \(problem)") }
        return course
    }

    /// The course in the `.yaml` files of `directory`, or the built-in course when it is nil;
    /// a folder that cannot be read is a `Failure` that says why.
    static func course(in directory: String?) throws -> Course {
        try course(in: directory, edition: nil)
    }

    /// The course's translation into `language` (`zh`): the built-in one, or the files of
    /// `DIR/language`; nil when there is none.
    static func edition(_ language: String, in directory: String?) throws -> Course? {
        guard let directory else {
            let files = CourseFiles.edition(language)
            return files.isEmpty ? nil : Course(files: files, folder: language + "/")
        }
        let folder = (directory.hasSuffix("/") ? directory : directory + "/") + language
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        return try course(in: folder, edition: language)
    }

    private static func course(in directory: String?, edition: String?) throws -> Course {
        guard let directory else { return Course(files: CourseFiles.lessons, folder: "") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
            throw Failure("error: cannot read the lessons in '\(directory)': no such folder")
        }
        guard isFolder.boolValue else { throw Failure("error: cannot read the lessons in '\(directory)': it is a file, not a folder") }
        do {
            return try Course(directory: directory)
        } catch {
            throw Failure("error: cannot read the lessons in '\(directory)': \((error as NSError).localizedDescription)")
        }
    }
}
