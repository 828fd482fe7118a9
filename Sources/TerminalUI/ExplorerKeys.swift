import TextCanvas
import Tutor
import Words

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
    /// The explorer's keys, as `update`, the help and the footer read them, in the language
    /// being spoken.
    public static var keys: KeyTable<ExplorerAction> {
        typealias Binding = KeyBinding<ExplorerAction>
        let (words, help) = (ExplorerWords.current, HelpWords.current)
        let move = Binding("← ↓ ↑ → / h j k l", hint: "hjkl", words.moveHelp, [
            (.left, .move(.left)), (.down, .move(.down)), (.up, .move(.up)), (.right, .move(.right)),
            (.character("h"), .move(.left)), (.character("j"), .move(.down)),
            (.character("k"), .move(.up)), (.character("l"), .move(.right)),
        ])
        let cycle = Binding("Tab / Shift-Tab", words.cycleHelp, [(.tab, .cycle(1)), (.backTab, .cycle(-1))])
        let forward = Binding("f", words.forwardHelp, [.character("f")], .start(.forward))
        let tangent = Binding("t", words.tangentHelp, [.character("t")], .start(.tangent))
        let reverse = Binding("r", words.reverseHelp, [.character("r")], .start(.reverse))
        let paths = Binding("s", words.pathsHelp, [.character("s")], .start(.paths))
        let next = Binding(help.spaceOrN, hint: "n", help.nextStep, [.character(" "), .character("n")], .nextStep)
        let previous = Binding(help.backspaceOrN, hint: "N", help.previousStep, [.backspace, .character("N")], .previousStep)
        let ends = Binding("g / G", help.firstOrLastStep, [(.character("g"), .firstStep), (.character("G"), .lastStep)])
        let play = Binding("a", words.playHelp, [.character("a")], .play)
        let predict = Binding("p", words.predictHelp, [.character("p")], .togglePredict)
        let edit = Binding("e", words.editHelp, [.character("e")], .editValue)
        let graph = Binding(":", words.graphHelp, [.character(":")], .newGraph)
        let descend = Binding("d / D", words.descentHelp, [(.character("d"), .descend), (.character("D"), .descendAgain)])
        let undo = Binding("u", words.undoHelp, [.character("u")], .undoDescent)
        let zoom = Binding("z", words.zoomHelp, [.character("z")], .switchGraphView)
        let helpKey = Binding("?", help.thisHelp, [.character("?")], .help)
        let leave = Binding("Esc", words.leaveHelp, [.escape], .leavePass)
        let quit = Binding("q", help.quit, [.character("q"), .interrupt], .quit)
        return KeyTable(
            [move, cycle, forward, tangent, reverse, paths, next, previous, ends, play, predict, edit, graph, descend, undo, zoom, helpKey, leave, quit],
            footer: [
                .init(words.moveWord, [move]), .init(words.passWord, [forward, tangent, reverse, paths]), .init(words.stepWord, [next, previous]),
                .init(words.predictWord, [predict], optional: true), .init(words.editWord, [edit], optional: true),
                .init(words.graphWord, [graph], optional: true), .init(help.helpWord, [helpKey]), .init(help.quitWord, [quit]),
            ])
    }
}
