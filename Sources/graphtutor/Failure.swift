import ArgumentParser
import Foundation

/// A problem already explained in `message`: printed on standard error, exit status 2.
struct Failure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Runs a subcommand's body, turning a `Failure` into its message on standard error and
/// exit status 2, so no stack trace ever reaches the user.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        printError(failure.message)
        throw ExitCode(2)
    }
}

/// Writes `line` to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
