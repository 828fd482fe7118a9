import Foundation
import Terminal
import TerminalUI
import TextCanvas
import Tutor
import Words

/// Runs `app` on the terminal until it quits, performing its commands: reading a graph file
/// typed as `@FILE`, and keeping the learner's progress in `store`.
func runFullScreen(_ app: App, display: DisplayOptions, store: ProgressStore? = nil) throws {
    var app = app
    func perform(_ command: Command) -> Message? {
        switch command {
        case .readGraphFile(let path):
            return .fileRead(path: path, TextInput.read(path: path))
        case .saveProgress(let progress):
            // A failed save must not end a lesson; the message waits until the screen is left.
            do { try store?.save(progress) } catch { failedSaves.append(notSavedWarning(error)) }
            return nil
        default:
            return nil
        }
    }
    var failedSaves: [String] = []
    defer { Set(failedSaves).sorted().forEach(printError) }
    do {
        try TerminalScreen.withConsole(options: display) { console in
            try AppLoop.run(&app, on: &console, perform: perform)
        }
    } catch {
        throw Failure.error("\(error)")
    }
}

/// The display options for this terminal, or nil when it cannot show a full screen (then the
/// command prints text instead); `ascii` forces ASCII.
func fullScreenOptions(ascii: Bool) -> DisplayOptions? {
    guard var display = try? TerminalSupport.check() else { return nil }
    display.ascii = display.ascii || ascii
    return display
}

/// The learner's progress, with any warning about the stored file printed, and the store.
func loadProgress() -> (CourseProgress, ProgressStore) {
    let store = ProgressStore.standard()
    let (progress, warning) = store.load()
    if let warning { printError(ReportWords.current.warning(warning)) }
    return (progress, store)
}


