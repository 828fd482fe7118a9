import Foundation

/// The `graphtutor` executable that `swift build` or `swift test` built beside the tests,
/// quoted for a shell command line.
///
/// Looks, in order: at `GRAPHTUTOR_BINARY`; in the directory of the running test bundle (the
/// build products directory); in `.build/debug` of the package holding this file.
func graphtutorCommand(filePath: String = #filePath) throws -> String {
    let environment = ProcessInfo.processInfo.environment
    var candidates: [URL] = []
    if let path = environment["GRAPHTUTOR_BINARY"], !path.isEmpty {
        candidates.append(URL(fileURLWithPath: path))
    }
    let productDirectories =
        [Bundle.main.executableURL?.deletingLastPathComponent()]
        + Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
    candidates += productDirectories.compactMap { $0?.appendingPathComponent("graphtutor") }
    let packageRoot = URL(fileURLWithPath: filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(packageRoot.appendingPathComponent(".build/debug/graphtutor"))
    guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw TmuxError(
            "No graphtutor binary found (looked at \(candidates.map(\.path))): run `swift build`, or set GRAPHTUTOR_BINARY.")
    }
    return shellQuoted(binary.path)
}

/// `text` as one word for `sh`.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Runs `script` with bash, `$graphtutor` set to the binary, standard input `/dev/null`; for
/// what an argument list cannot say: redirections, pipes, process substitution, traps.
func runInShell(_ script: String) throws -> (status: Int32, output: String, errors: String) {
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "interactive=no"
    return try CleanProcess.run(["bash", "-c", "graphtutor=\(try graphtutorCommand())\n\(script)"], environment: environment)
}
