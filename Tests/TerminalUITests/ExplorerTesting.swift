import GraphEngine
@testable import TerminalUI
import TextCanvas
import Tutor

extension ExplorerState {
    /// The explorer as the app draws it, full screen.
    func render(width: Int, height: Int, options: DisplayOptions = DisplayOptions()) -> Canvas {
        App(.explorer(self), options: options).render(width: width, height: height)
    }

    /// Applies a key; whether the explorer goes on afterwards (it asked for no `quit`).
    @discardableResult
    mutating func press(_ event: Event) -> Bool { !update(.input(event)).contains(.quit) }

    /// The caption of the step revealed last.
    var currentCaption: String? { walkthrough?.current.map { Caption.text($0, evaluation) } }
}
