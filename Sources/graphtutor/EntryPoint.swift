import ArgumentParser
import Foundation
import Terminal

extension GraphTutor {
    /// Where a crash asks to be reported.
    static let bugReports = "the GraphTutor issue tracker"

    /// The program: prepares the standard streams and the signal handlers, then parses the
    /// command line and runs the subcommand as `ParsableCommand.main()` would, except that
    /// every message that is not help goes through `printError`, so that nothing the user
    /// typed reaches standard error raw (swift-argument-parser quotes unknown options and
    /// invalid values as given).
    static func main() {
        StandardStreams.prepare()
        SignalHandlers.install(crashReport: { signal in
            "graphtutor crashed (\(signal)): this is a bug; please report it, with the command you ran, to \(bugReports)"
        })
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if status == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(status.rawValue)
        }
    }
}
