#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A program run to its end with its standard output sent to a file: how long it took, how
/// much memory it held at most, and how it ended.
struct ChildRun {
    let seconds: Double
    /// The peak resident set size, in bytes.
    let peakBytes: Int
    /// The exit status, or 128 + the signal that ended it.
    let status: Int32

    /// Runs `arguments` (the first is the program's path) with standard output into
    /// `outputPath` and standard error discarded; nil if it cannot be started.
    init?(_ arguments: [String], outputPath: String) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = monotonicNanoseconds()
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        seconds = Double(monotonicNanoseconds() - start) / 1e9
        peakBytes = usage.ru_maxrss * 1024  // kilobytes on Linux
        let signal = status & 0x7f
        self.status = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// The full path of `program` on `PATH`, if it is there.
func onPath(_ program: String) -> String? {
    guard let path = getenv("PATH").map({ String(cString: $0) }) else { return nil }
    return path.split(separator: ":").map { "\($0)/\(program)" }.first { access($0, X_OK) == 0 }
}
