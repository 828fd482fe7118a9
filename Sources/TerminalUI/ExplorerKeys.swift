import TextCanvas
import Tutor

/// What a key asks of the explorer.
public enum ExplorerAction: Equatable, Sendable {
    case move(GraphLayout.Direction)
    /// Select the next (+1) or previous (-1) node in topological order.
    case cycle(Int)
    case start(Pass.Name)
    case nextStep, previousStep, firstStep, lastStep
    /// Play the pass, one step per tick, until it ends or a key stops it.
    case play
    case togglePredict
    case editValue
    case newGraph
    /// One gradient-descent step on the output as the loss, asking for its settings.
    case descend
    /// Ten more steps with the same settings.
    case descendAgain
    case undoDescent
    case help
    /// Switch the graph pane between the detailed boxes and the overview of the whole graph.
    case switchGraphView
    /// Leave the pass being played.
    case leavePass
    case quit
}

extension ExplorerState {
    /// The explorer's keys, as `update`, the help and the footer read them.
    public static let keys: KeyTable<ExplorerAction> = {
        typealias Binding = KeyBinding<ExplorerAction>
        let move = Binding("← ↓ ↑ → / h j k l", hint: "hjkl", "move the selection between nodes", [
            (.left, .move(.left)), (.down, .move(.down)), (.up, .move(.up)), (.right, .move(.right)),
            (.character("h"), .move(.left)), (.character("j"), .move(.down)),
            (.character("k"), .move(.up)), (.character("l"), .move(.right)),
        ])
        let cycle = Binding("Tab / Shift-Tab", "next / previous node in topological order", [(.tab, .cycle(1)), (.backTab, .cycle(-1))])
        let forward = Binding("f", "forward values, node by node", [.character("f")], .start(.forward))
        let tangent = Binding("t", "forward mode, from the selected input", [.character("t")], .start(.tangent))
        let reverse = Binding("r", "reverse mode, from the output", [.character("r")], .start(.reverse))
        let paths = Binding("s", "path sums, from the selected input", [.character("s")], .start(.paths))
        let next = Binding("space or n", hint: "n", "next step", [.character(" "), .character("n")], .nextStep)
        let previous = Binding("Backspace or N", hint: "N", "previous step", [.backspace, .character("N")], .previousStep)
        let ends = Binding("g / G", "first / last step", [(.character("g"), .firstStep), (.character("G"), .lastStep)])
        let play = Binding("a", "play the pass, a step a second; a key stops", [.character("a")], .play)
        let predict = Binding("p", "predict mode: guess each number first", [.character("p")], .togglePredict)
        let edit = Binding("e", "edit the selected input's value", [.character("e")], .editValue)
        let graph = Binding(":", "type a new graph", [.character(":")], .newGraph)
        let descend = Binding("d / D", "one descent step on the output / ten more", [(.character("d"), .descend), (.character("D"), .descendAgain)])
        let undo = Binding("u", "undo the last gradient-descent steps", [.character("u")], .undoDescent)
        let zoom = Binding("z", "overview of the whole graph / detailed boxes", [.character("z")], .switchGraphView)
        let help = Binding("?", "this help", [.character("?")], .help)
        let leave = Binding("Esc", "close a dialog, or leave the pass", [.escape], .leavePass)
        let quit = Binding("q", "quit", [.character("q"), .interrupt], .quit)
        return KeyTable(
            [move, cycle, forward, tangent, reverse, paths, next, previous, ends, play, predict, edit, graph, descend, undo, zoom, help, leave, quit],
            footer: [
                .init("move", [move]), .init("pass", [forward, tangent, reverse, paths]), .init("step", [next, previous]),
                .init("predict", [predict], optional: true), .init("edit", [edit], optional: true),
                .init("graph", [graph], optional: true), .init("help", [help]), .init("quit", [quit]),
            ])
    }()
}
