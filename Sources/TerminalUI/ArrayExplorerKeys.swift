import TextCanvas
import Tutor
import Words

/// What a key asks of the explorer on array graphs.
public enum ArrayExplorerAction: Equatable, Sendable {
    case move(GraphLayout.Direction)
    /// Select the next (+1) or previous (-1) block in topological order.
    case cycle(Int)
    case forward, reverse
    case nextStep, previousStep, firstStep, lastStep
    /// Open the scalar explorer on the selected block's entries.
    case expand
    /// Type the selected input's array.
    case edit
    /// Ask for the settings and take one gradient-descent update.
    case descend
    /// Take `ArrayExplorerState.manyUpdates` updates with the settings last used.
    case descendMany
    case newGraph
    case help
    /// Leave the pass being played.
    case leavePass
    case quit
}

extension ArrayExplorerState {
    /// The keys, as `update`, the help and the footer read them, in the language being spoken.
    public static var keys: KeyTable<ArrayExplorerAction> {
        typealias Binding = KeyBinding<ArrayExplorerAction>
        let (words, arrayWords, help) = (ExplorerWords.current, ArrayExplorerWords.current, HelpWords.current)
        let move = Binding("← ↓ ↑ → / h j k l", hint: "hjkl", words.moveHelp, [
            (.left, .move(.left)), (.down, .move(.down)), (.up, .move(.up)), (.right, .move(.right)),
            (.character("h"), .move(.left)), (.character("j"), .move(.down)),
            (.character("k"), .move(.up)), (.character("l"), .move(.right)),
        ])
        let cycle = Binding("Tab / Shift-Tab", words.cycleHelp, [(.tab, .cycle(1)), (.backTab, .cycle(-1))])
        let forward = Binding("f", words.forwardHelp, [.character("f")], .forward)
        let reverse = Binding("r", words.reverseHelp, [.character("r")], .reverse)
        let next = Binding(help.spaceOrN, hint: "n", help.nextStep, [.character(" "), .character("n")], .nextStep)
        let previous = Binding(help.backspaceOrN, hint: "N", help.previousStep, [.backspace, .character("N")], .previousStep)
        let ends = Binding("g / G", help.firstOrLastStep, [(.character("g"), .firstStep), (.character("G"), .lastStep)])
        let expand = Binding("x", arrayWords.expandHelp, [.character("x")], .expand)
        let edit = Binding("e", arrayWords.editHelp, [.character("e")], .edit)
        let descend = Binding("d / D", hint: "d D", arrayWords.descentHelp(manyUpdates), [(.character("d"), .descend), (.character("D"), .descendMany)])
        let graph = Binding(":", words.graphHelp, [.character(":")], .newGraph)
        let helpKey = Binding("?", help.thisHelp, [.character("?")], .help)
        let leave = Binding("Esc", words.leaveHelp, [.escape], .leavePass)
        let quit = Binding("q", help.quit, [.character("q"), .interrupt], .quit)
        return KeyTable(
            [move, cycle, forward, reverse, next, previous, ends, expand, edit, descend, graph, helpKey, leave, quit],
            footer: [
                .init(words.moveWord, [move]), .init(words.passWord, [forward, reverse]), .init(words.stepWord, [next, previous]),
                .init(arrayWords.expandWord, [expand]), .init(words.editWord, [edit]), .init(arrayWords.descentWord, [descend]),
                .init(words.graphWord, [graph], optional: true), .init(help.helpWord, [helpKey]),
                .init(help.quitWord, [quit]),
            ])
    }
}
