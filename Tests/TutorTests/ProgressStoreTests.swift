import Foundation
import Testing
import Tutor

/// The progress store: round trips, merging with what is on disk, resets, and files it cannot
/// use set aside with a warning. (Kills during a write and processes writing at once are tested
/// end to end, on the real binary.)
@Suite struct ProgressStoreTests {
    /// A store in a fresh directory that does not exist yet.
    static func temporaryStore() -> ProgressStore {
        ProgressStore(directory: FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-progress-\(UUID())/graphtutor"))
    }

    static func files(_ store: ProgressStore) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: store.directory.path).sorted()
    }

    @Test func nothingStoredIsNoProgress() {
        let store = Self.temporaryStore()
        let (progress, warning) = store.load()
        #expect(progress == CourseProgress())
        #expect(warning == nil)
        #expect(!FileManager.default.fileExists(atPath: store.directory.path))
    }

    @Test func savesMakeTheDirectoryAndMergeWithWhatIsStored() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory.deletingLastPathComponent()) }
        try store.save(CourseProgress(lessons: ["04-graphs": .init(step: 3), "01-why": .init(step: 5, done: true)]))
        // An older record from another process: the further step and done survive.
        try store.save(CourseProgress(lessons: ["04-graphs": .init(step: 1), "01-why": .init(step: 2), "07-paths": .init(step: 1)]))
        let (progress, warning) = store.load()
        #expect(warning == nil)
        #expect(progress.lessons == ["04-graphs": .init(step: 3), "01-why": .init(step: 5, done: true), "07-paths": .init(step: 1)])
        #expect(try Self.files(store) == ["progress.json", "progress.lock"])
    }

    @Test func resetClearsOneLessonOrAll() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory.deletingLastPathComponent()) }
        try store.save(CourseProgress(lessons: ["04-graphs": .init(step: 3), "01-why": .init(done: true)]))
        try store.reset(lesson: "04-graphs")
        #expect(store.load().progress.lessons == ["01-why": .init(done: true)])
        try store.reset(lesson: nil)
        #expect(store.load().progress == CourseProgress())
    }

    @Test(arguments: [
        ("{\"version\": 1, \"lessons\": {\"04-graphs\": {\"step\": \"two\"}}}", "corrupt", "is not a valid progress file"),
        ("not json at all", "corrupt", "is not a valid progress file"),
        ("", "corrupt", "is not a valid progress file"),
        ("{\"version\": 1, \"lessons\": {\"04-graphs\": {\"step\": -1, \"done\": false}}}", "corrupt", "is not a valid progress file"),
        ("{\"version\": 3, \"lessons\": {}, \"badges\": []}", "newer", "was written by a newer GraphTutor (format 3; this one reads 2)"),
    ])
    func anUnusableFileIsSetAsideAndReplaced(_ text: String, kind: String, reason: String) throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        try text.write(to: store.file, atomically: false, encoding: .utf8)
        let (progress, warning) = store.load()
        #expect(progress == CourseProgress())
        let message = try #require(warning)
        #expect(message.hasPrefix("\(store.file.path) \(reason); it was moved to progress.json.\(kind)-"))
        #expect(message.hasSuffix(" and progress starts afresh"))
        let files = try Self.files(store)
        let aside = try #require(files.first { $0.hasPrefix("progress.json.\(kind)-") })
        #expect(try String(contentsOf: store.directory.appendingPathComponent(aside), encoding: .utf8) == text)
        #expect(files.contains("progress.json"))
        // Replaced by a good file: the next load has nothing to say.
        #expect(store.load().warning == nil)
        try store.save(CourseProgress(lessons: ["04-graphs": .init(step: 2)]))
        #expect(store.load() == (CourseProgress(lessons: ["04-graphs": .init(step: 2)]), nil))
    }

    @Test func aFileSetAsideTwiceKeepsBothCopies() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        for text in ["first", "second"] {
            try text.write(to: store.file, atomically: false, encoding: .utf8)
            #expect(store.load().warning != nil)
        }
        #expect(try Self.files(store).filter { $0.hasPrefix("progress.json.corrupt-") }.count == 2)
    }

    @Test func savingOverAnUnusableFileWarnsToo() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: store.directory, withIntermediateDirectories: true)
        try "{".write(to: store.file, atomically: false, encoding: .utf8)
        let warning = try store.save(CourseProgress(lessons: ["04-graphs": .init(done: true)]))
        #expect(warning?.contains("is not a valid progress file") == true)
        #expect(store.load() == (CourseProgress(lessons: ["04-graphs": .init(done: true)]), nil))
    }

    @Test func aDirectoryThatCannotBeMadeIsAnError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("graphtutor-progress-\(UUID())")
        try "a file".write(to: file, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let store = ProgressStore(directory: file.appendingPathComponent("graphtutor"))
        #expect(throws: ProgressStoreError.self) { try store.save(CourseProgress()) }
    }

    @Test func manyWritersAtOnceLoseNothing() throws {
        let store = Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.directory.deletingLastPathComponent()) }
        // Each writer has its own store, so its own lock descriptor: flock excludes them as it
        // excludes processes.
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            let own = ProgressStore(directory: store.directory)
            for lesson in 0..<25 { _ = try? own.save(CourseProgress(lessons: ["\(writer)-\(lesson)": .init(step: lesson)])) }
        }
        let (progress, warning) = store.load()
        #expect(warning == nil)
        #expect(progress.lessons.count == 100)
        #expect(progress.lessons["3-24"] == .init(step: 24))
    }

    @Test(arguments: [
        (["XDG_DATA_HOME": "/data", "HOME": "/home/ada"], "/data/graphtutor"),
        (["HOME": "/home/ada"], "/home/ada/.local/share/graphtutor"),
        (["XDG_DATA_HOME": "", "HOME": "/home/ada"], "/home/ada/.local/share/graphtutor"),
        (["XDG_DATA_HOME": "relative/data", "HOME": "/home/ada"], "/home/ada/.local/share/graphtutor"),
    ])
    func standardDirectoryFollowsXDG(_ environment: [String: String], _ directory: String) {
        #expect(ProgressStore.standard(environment: environment).directory.path == directory)
    }
}
