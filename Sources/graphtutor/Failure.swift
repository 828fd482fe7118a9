import ArgumentParser
import Foundation
import GraphEngine
import TextCanvas
import Tutor
import Words

/// A problem already explained in `message`: printed on standard error, exit status 2.
struct Failure: Error {
    let message: String
    init(_ message: String) { self.message = message }

    /// `message` as an error line: `error: …`, in the language being spoken.
    static func error(_ message: String) -> Failure { Failure(ReportWords.current.error(message)) }
}

/// The warning for progress that could not be saved.
func notSavedWarning(_ error: any Error) -> String {
    ReportWords.current.warning(ProgressWords.current.notSaved("\(error)"))
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

/// Writes `text` and a line break to standard error, every control character in it but the
/// line breaks escaped (`\u{1B}`), whatever part of it the user typed.
func printError(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    StandardStreams.writeError(lines.map { String($0).escapingControlCharacters }.joined(separator: "\n") + "\n")
}
