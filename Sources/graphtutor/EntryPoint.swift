import ArgumentParser
import Foundation

extension GraphTutor {
    /// The program: prepares the standard streams, then parses the
    /// command line and runs the subcommand as `ParsableCommand.main()` would, except that
    /// every message that is not help goes through `printError`, so that nothing the user
    /// typed reaches standard error raw (swift-argument-parser quotes unknown options and
    /// invalid values as given).
    static func main() {
        StandardStreams.prepare()
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
