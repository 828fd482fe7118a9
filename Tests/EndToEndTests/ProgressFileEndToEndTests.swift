import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The progress file under real processes: killed in the middle of writing it, and two writing
/// it at once.
@Suite struct ProgressFileEndToEndTests {
    static func binary() throws -> URL {
        URL(fileURLWithPath: String(try graphtutorCommand().dropFirst().dropLast()))
    }

    /// Starts `graphtutor progress --reset LESSON --yes` with its progress under `data`.
    static func startReset(_ lesson: String, data: URL) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["progress", "--reset", lesson, "--yes"]
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": data.path]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The lesson ids in the progress file under `data`; fails the test if it does not parse.
    static func storedLessons(_ data: URL) throws -> Set<String> {
        let text = try Data(contentsOf: data.appendingPathComponent("graphtutor/progress.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: text) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        return Set(try #require(json["lessons"] as? [String: Any]).keys)
    }

    @Test func aWriterKilledAtAnyMomentNeverLeavesABrokenFile() throws {
        try LessonCommandsEndToEndTests.withTemporaryDirectory { data in
            // A large file, so writing it takes long enough to be interrupted.
            let lessons = (0..<400).map { "lesson-\($0)" }
            try LessonCommandsEndToEndTests.store(Dictionary(uniqueKeysWithValues: lessons.map { ($0, (3, true)) }), in: data)
            var generator = SystemRandomNumberGenerator()
            var killed = 0
            for lesson in lessons.prefix(40) {
                let process = try Self.startReset(lesson, data: data)
                usleep(UInt32.random(in: 0...60_000, using: &generator))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                if process.terminationReason == .uncaughtSignal { killed += 1 }
                let stored = try Self.storedLessons(data)
                #expect(!stored.isEmpty && stored.isSubset(of: Set(lessons)))
            }
            // Had any run found a broken file, it would have set it aside.
            let files = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("graphtutor").path)
            #expect(files.allSatisfy { ["progress.json", "progress.lock", "progress.json.tmp"].contains($0) }, "\(files)")
            #expect(killed > 0)
        }
    }

    @Test func twoProcessesWritingAtOnceKeepEachOthersUpdates() throws {
        try LessonCommandsEndToEndTests.withTemporaryDirectory { data in
            let first = (0..<15).map { "first-\($0)" }, second = (0..<15).map { "second-\($0)" }
            let kept = ["kept-1", "kept-2"]
            try LessonCommandsEndToEndTests.store(Dictionary(uniqueKeysWithValues: (first + second + kept).map { ($0, (1, false)) }), in: data)
            // Each shell resets its own lessons one after another, while the other does the same:
            // a reset that read the file before the other's write and wrote after it would bring
            // the other's lesson back.
            let shells = try [first, second].map { ids in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "for id in \(ids.joined(separator: " ")); do \"$0\" progress --reset \"$id\" --yes >/dev/null || exit 1; done", try Self.binary().path]
                process.environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": data.path]) { $1 }
                try process.run()
                return process
            }
            for shell in shells {
                shell.waitUntilExit()
                #expect(shell.terminationStatus == 0)
            }
            #expect(try Self.storedLessons(data) == Set(kept))
        }
    }
}
