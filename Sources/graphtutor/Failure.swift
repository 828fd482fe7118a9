import ArgumentParser
import Foundation
import GraphEngine
import Tutor

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

/// Writes the evaluation's warnings to standard error, one a line.
func printWarnings(_ evaluation: Evaluation) {
    for warning in evaluation.warnings { printError(ProblemWording.describe(warning, in: evaluation)) }
}

/// Writes `line` to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
