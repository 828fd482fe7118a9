@preconcurrency import Glibc
import Words

/// Standard output and standard error as a command-line tool must treat them: output that could
/// not be written is an error, and an error that cannot be written is not a crash.
enum StandardStreams {
    /// The exit status when standard output could not be written: `EX_IOERR` of sysexits.h, the
    /// family of 64 (`EX_USAGE`) that swift-argument-parser uses for usage errors.
    static let outputFailureStatus: Int32 = 74

    /// Prepares the streams; call first thing in `main`.
    ///
    /// A closed standard descriptor (`>&-`) gets `/dev/null`, opened the wrong way round so that
    /// writing (or reading) it fails as it would on the closed one: otherwise the next file the
    /// program opens would take its number, and output meant for the terminal would go into it.
    /// At exit, standard output is flushed and checked: see `checkOutput`; its message is taken
    /// now, in the language being spoken, as the check runs after that has ended.
    static func prepare() {
        words = CommandWords.current
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
            _ = open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY)
        }
        atexit { StandardStreams.checkOutput() }
    }

    /// Writes `text` to standard error whole. A standard error that is closed or full is
    /// skipped: there is nowhere left to tell of it.
    static func writeError(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Writes `bytes` to standard output whole, straight to its descriptor (for reports written
    /// in chunks); a write that fails is reported as `checkOutput` reports it, and ends the
    /// process with `outputFailureStatus`.
    static func writeOutput(_ bytes: UnsafeRawBufferPointer) {
        var done = 0
        while done < bytes.count {
            let written = write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { outputFailed(reason: String(cString: strerror(errno)).lowercased()) }
            done += written
        }
    }

    /// The words of `outputFailed`, set once by `prepare` before anything runs.
    nonisolated(unsafe) private static var words = CommandWords.en

    /// Says that standard output could not be written, with `reason` if it is known.
    private static func outputFailed(reason: String?) -> Never {
        writeError((reason.map { words.cannotWriteOutputBecause($0) } ?? words.cannotWriteOutput) + "\n")
        _exit(outputFailureStatus)
    }

    /// Flushes standard output; if that or any earlier write to it failed (a full disk, a closed
    /// descriptor, a closed pipe while SIGPIPE is ignored), says so in one line on standard
    /// error and ends the process with `outputFailureStatus`, so a script never takes truncated
    /// output for the whole. (With SIGPIPE at its default, a closed pipe ends the process quietly
    /// before this, as the Unix convention has it.) The reason is known only when the flush
    /// itself fails: a large write that failed earlier was dropped whole, its `errno` long gone.
    private static func checkOutput() {
        errno = 0
        let flushed = fflush(stdout) == 0
        guard !flushed || ferror(stdout) != 0 else { return }
        outputFailed(reason: flushed ? nil : String(cString: strerror(errno)).lowercased())
    }
}

