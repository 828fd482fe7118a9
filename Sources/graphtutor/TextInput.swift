import Foundation
import GraphEngine
import TerminalUI
import TextCanvas
import Words

/// Reads graph text from a file or standard input: anything that can be read (a regular file,
/// a pipe, a FIFO, `/dev/stdin`, the shell's `<(…)`), in bounded chunks up to a size limit,
/// and says what is wrong when it cannot be.
enum TextInput {
    /// The most bytes read from one source: as much graph text as the engine takes (64 MB).
    static let limit = Graph.maximumTextBytes

    /// The text of the file at `path`, or why it cannot be read: `cannot read the graph file
    /// 'g.txt': no such file` (or `permission denied`, `it is a directory`, `it is empty`,
    /// `it is larger than 64 MB`, `it is not UTF-8 text`).
    static func read(path: String) -> Result<String, IOFailure> {
        let source = CommandWords.current.graphFile(path.escapingControlCharacters)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(failure(source, reason(errno))) }
        defer { close(descriptor) }
        return read(descriptor, source: source)
    }

    /// The text of standard input, or why it cannot be read (`cannot read standard input: it
    /// is larger than 64 MB`).
    static func readStandardInput() -> Result<String, IOFailure> {
        read(STDIN_FILENO, source: CommandWords.current.standardInput)
    }

    /// Reads `descriptor` to its end in 64 KB chunks, stopping as soon as it has more than
    /// `limit` bytes, so memory never exceeds the limit (`/dev/zero` is refused in a moment).
    private static func read(_ descriptor: Int32, source: String) -> Result<String, IOFailure> {
        let words = CommandWords.current
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(failure(source, words.isADirectory))
        }
        var bytes: [UInt8] = []
        // A file's size is known: room for all of it at once, rather than growing by copies.
        if (status.st_mode & S_IFMT) == S_IFREG { bytes.reserveCapacity(min(Int(status.st_size), limit) + 1) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        while bytes.count <= limit {
            let count = Foundation.read(descriptor, chunk.baseAddress, chunk.count)
            if count == 0 { break }
            if count < 0 && errno != EINTR { return .failure(failure(source, reason(errno))) }
            bytes.append(contentsOf: chunk.prefix(max(0, count)))
        }
        guard bytes.count <= limit else { return .failure(failure(source, words.tooLarge(limit >> 20))) }
        guard !bytes.isEmpty else { return .failure(failure(source, words.isEmpty)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(failure(source, words.notUTF8))
        }
        return .success(text)
    }

    private static func failure(_ source: String, _ reason: String) -> IOFailure {
        IOFailure(CommandWords.current.cannotRead(source, reason))
    }

    /// `error` (an `errno`) in the words of these messages; the system's own for the rest.
    private static func reason(_ error: Int32) -> String {
        let words = CommandWords.current
        return switch error {
        case ENOENT: words.noSuchFile
        case EACCES, EPERM: words.permissionDenied
        case EISDIR: words.isADirectory
        default: String(cString: strerror(error)).lowercased()
        }
    }
}
