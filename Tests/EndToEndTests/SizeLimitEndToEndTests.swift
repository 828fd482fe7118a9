import Foundation
import Testing

/// What is too large for the real binary is refused with a message, not read into memory.
@Suite struct SizeLimitEndToEndTests {
    /// `command` run by `sh`, with `graphtutor` standing for the binary: status and standard error.
    func shell(_ command: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command.replacingOccurrences(of: "graphtutor", with: try graphtutorCommand())]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }

    @Test func standardInputIsReadUpTo64MB() throws {
        // /dev/zero never ends: the program must stop reading at the limit and say so.
        let endless = try shell("head -c 100000000 /dev/zero | graphtutor eval -")
        #expect(endless.status == 2)
        #expect(endless.errors == "error: cannot read standard input: it is larger than 64 MB\n")
    }
}
