import TextCanvas
import Tutor
import Words

/// The `?` help, in pages that fit the screen: the screen's keys, then a legend of what the
/// symbols, colours and columns mean.
enum HelpPages {
    /// What the explorer's symbols, colours and table columns mean, in `notation`.
    static func legend(_ notation: Notation) -> [String] {
        let words = HelpWords.current, columns = ExplorerWords.current
        let (total, adjoint, tangent) = (notation.total("c", "b"), notation.adjoint("b"), notation.tangent("b"))
        func symbol(_ symbol: String, _ meaning: String) -> String { "  \(symbol.padded(toWidth: 10)) \(meaning)" }
        // Two columns of the table's headings, each beside what it means.
        let names = [[columns.pathsColumn, columns.reverseColumn], [columns.forwardColumn, columns.numericColumn]]
        let meanings = [[words.pathsColumn, words.reverseColumn], [words.forwardColumn, words.numericColumn]]
        func width(_ texts: [String]) -> Int { texts.map(\.displayWidth).max()! }
        let tableRows = (0..<2).map { row in
            "  " + names[0][row].padded(toWidth: width(names[0])) + "  " + meanings[0][row].padded(toWidth: width(meanings[0]) + 1)
                + "  " + names[1][row].padded(toWidth: width(names[1])) + "  " + meanings[1][row]
        }
        return [
            words.notationHeading,
            symbol("∂c/∂b", words.localPartial),
            symbol(total, words.totalDerivative),
            symbol(adjoint, words.adjoint(notation.total("e", "b"))),
            symbol(tangent, words.tangent(notation.total("b", "x"))),
            symbol(adjoint + " = 3 + …", words.waitingSum),
            symbol("∂y/∂x₁", words.secondPlace),
            words.coloursHeading,
            "  " + words.coloursOfNodes,
            "  " + words.coloursOfOutputs,
            words.tableHeading("dz/dx"),
        ] + tableRows + ["  " + words.tableMarks]
    }

    /// The pages for `keys` and the legend, at most `rows` lines each.
    static func pages<Action>(_ keys: KeyTable<Action>, rows: Int, notation: Notation) -> [[String]] {
        let legend = legend(notation)
        let width = keys.bindings.map(\.keys.displayWidth).max()! + 2
        let keyLines = keys.bindings.map { $0.keys.padded(toWidth: width) + $0.help }
        let rows = max(1, rows)
        return stride(from: 0, to: keyLines.count, by: rows).map { Array(keyLines[$0..<min($0 + rows, keyLines.count)]) }
            + stride(from: 0, to: legend.count, by: rows).map { Array(legend[$0..<min($0 + rows, legend.count)]) }
    }

    /// The page the help shows after `event` on `page`, or nil when the event closes it:
    /// `?`, space, → turn the page on; Backspace, ← back; Esc, q, Enter close it.
    static func page(after event: Event, on page: Int) -> Int? {
        switch event {
        case .character("?"), .character(" "), .character("n"), .right, .down, .tab: page + 1
        case .character("N"), .left, .up, .backTab, .backspace: max(0, page - 1)
        case .escape, .character("q"), .enter: nil
        default: page
        }
    }

    /// The title of page `page` (from 0) of `count`.
    static func title(page: Int, of count: Int) -> String {
        HelpWords.current.title(page + 1, count)
    }
}
