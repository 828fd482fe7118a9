import Foundation
import Words

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps a learner's `CourseProgress` between runs, as JSON in `progress.json` of a directory
/// (`$XDG_DATA_HOME/graphtutor/`, by default `~/.local/share/graphtutor/`).
///
/// Every change is a read-modify-write under an exclusive `flock` on `progress.lock`: it re-reads
/// the file, applies the change (a merge, for `save`) and writes the result to a temporary file
/// that is synced and renamed over the old one, the directory synced after. So a process killed at
/// any moment leaves the old file or the new one, never a broken one, and two `graphtutor`s
/// running at once never lose each other's updates.
///
/// A file that is not valid progress, or that a newer GraphTutor wrote, is never misread and never
/// a crash: it is moved aside (`progress.json.corrupt-TIMESTAMP`, `progress.json.newer-TIMESTAMP`),
/// replaced by a fresh one, and a warning for the learner says so.
public struct ProgressStore: Sendable {
    /// The directory holding the progress file and its lock file.
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The store under `$XDG_DATA_HOME/graphtutor/`, or `$HOME/.local/share/graphtutor/` when
    /// `XDG_DATA_HOME` is unset, empty or not an absolute path (the XDG rule).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore {
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            data = (home as NSString).appendingPathComponent(".local/share")
        }
        return ProgressStore(directory: URL(fileURLWithPath: data, isDirectory: true).appendingPathComponent("graphtutor", isDirectory: true))
    }

    /// `progress.json`.
    public var file: URL { directory.appendingPathComponent("progress.json") }
    private var lockFile: URL { directory.appendingPathComponent("progress.lock") }
    private var temporaryFile: URL { directory.appendingPathComponent("progress.json.tmp") }

    /// The stored progress (empty if there is none yet), and a warning for the learner when the
    /// file could not be used: it has then been set aside and replaced, if that was possible.
    public func load() -> (progress: CourseProgress, warning: String?) {
        let words = ProgressWords.current
        switch read() {
        case .missing: return (CourseProgress(), nil)
        case .progress(let progress): return (progress, nil)
        case .unreadable(let reason): return (CourseProgress(), words.showingNoProgress(words.cannotRead(file.path, reason)))
        case .unusable:
            // Set aside under the lock, where another process cannot be replacing it meanwhile.
            do {
                var progress = CourseProgress()
                let warning = try update { progress = $0 }
                return (progress, warning)
            } catch {
                return (CourseProgress(), words.showingNoProgress("\(error)"))
            }
        }
    }

    /// Records `progress` merged with what is stored (the further step of each lesson, done if
    /// either says so); returns a warning if the stored file had to be set aside.
    @discardableResult
    public func save(_ progress: CourseProgress) throws(ProgressStoreError) -> String? {
        try update { $0 = $0.merged(with: progress) }
    }

    /// Forgets one lesson's progress (by its id), or everything — every lesson's and every
    /// quiz's — when `lesson` is nil; returns a warning if the stored file had to be set aside.
    @discardableResult
    public func reset(lesson: String?) throws(ProgressStoreError) -> String? {
        try update { progress in
            if let lesson { progress.lessons[lesson] = nil } else { progress = CourseProgress() }
        }
    }

    /// Applies `change` to the stored progress and stores the result, all under the lock.
    private func update(_ change: (inout CourseProgress) -> Void) throws(ProgressStoreError) -> String? {
        let words = ProgressWords.current
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ProgressStoreError(words.cannotMakeDirectory(directory.path, (error as NSError).localizedDescription))
        }
        let lock = open(lockFile.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw .system(words.cannotOpen, lockFile) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .system(words.cannotLock, lockFile) }
        }
        var progress = CourseProgress()
        var warning: String?
        switch read() {
        case .missing: break
        case .progress(let stored): progress = stored
        case .unreadable(let reason): throw ProgressStoreError(words.cannotRead(file.path, reason))
        case .unusable(let reason, let kind):
            let aside = try setAside(kind)
            warning = words.setAside(file.path, reason, aside.lastPathComponent)
        }
        change(&progress)
        try store(progress)
        return warning
    }

    /// What the progress file holds.
    private enum Stored {
        case missing
        case progress(CourseProgress)
        /// The file exists but cannot be read at all; it is left where it is.
        case unreadable(String)
        /// Not progress this version can use: `kind` names the copy set aside (`corrupt`, `newer`).
        case unusable(String, kind: String)
    }

    private func read() -> Stored {
        guard FileManager.default.fileExists(atPath: file.path) else { return .missing }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            return .unreadable((error as NSError).localizedDescription)
        }
        struct Versioned: Decodable { let version: Int }
        if let version = try? JSONDecoder().decode(Versioned.self, from: data).version, version > CourseProgress.currentVersion {
            return .unusable(ProgressWords.current.writtenByNewer(version, CourseProgress.currentVersion), kind: "newer")
        }
        guard let progress = try? JSONDecoder().decode(CourseProgress.self, from: data),
            progress.lessons.values.allSatisfy({ $0.step >= 0 }),
            progress.quizzes.allSatisfy({ $0.topics.values.allSatisfy { 0 <= $0.right && $0.right <= $0.asked } })
        else {
            return .unusable(ProgressWords.current.notValid, kind: "corrupt")
        }
        return .progress(progress)
    }

    /// Renames the progress file to `progress.json.KIND-TIMESTAMP` (with `-2`, `-3`, … if that
    /// is taken) and returns the new name.
    private func setAside(_ kind: String) throws(ProgressStoreError) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let base = "progress.json.\(kind)-\(formatter.string(from: Date()))"
        var aside = directory.appendingPathComponent(base)
        var copy = 1
        while FileManager.default.fileExists(atPath: aside.path) {
            copy += 1
            aside = directory.appendingPathComponent("\(base)-\(copy)")
        }
        guard rename(file.path, aside.path) == 0 else { throw .system(ProgressWords.current.cannotMoveAside, file) }
        return aside
    }

    /// Writes `progress` to the temporary file, syncs it, renames it over the progress file and
    /// syncs the directory, so the file is either the old one or the new one, whole.
    private func store(_ progress: CourseProgress) throws(ProgressStoreError) {
        let words = ProgressWords.current
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = ((try? encoder.encode(progress)) ?? Data()) + Data("\n".utf8)
        // Only the lock holder writes, so the temporary file's name can be fixed: a copy left by
        // a killed process is simply overwritten.
        let descriptor = open(temporaryFile.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system(words.cannotCreate, temporaryFile) }
        var written = 0
        let complete = data.withUnsafeBytes { bytes -> Bool in
            while written < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        guard complete, fsync(descriptor) == 0 else {
            let error = ProgressStoreError.system(words.cannotWrite, temporaryFile)
            close(descriptor)
            unlink(temporaryFile.path)
            throw error
        }
        close(descriptor)
        guard rename(temporaryFile.path, file.path) == 0 else {
            let error = ProgressStoreError.system(words.cannotReplace, file)
            unlink(temporaryFile.path)
            throw error
        }
        let folder = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }
}

/// Why the progress could not be stored, as a sentence naming the file.
public struct ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }

    /// `what` failed on `file`, with the system's reason from `errno` (in the system's words).
    static func system(_ what: Template, _ file: URL) -> ProgressStoreError {
        ProgressStoreError(what(file.path, String(cString: strerror(errno))))
    }
}
