import TextCanvas
import Tutor

/// The `?` help, in pages that fit the screen: the screen's keys, then a legend of what the
/// symbols, colours and columns mean.
enum HelpPages {
    /// What the explorer's symbols, colours and table columns mean, in `notation`.
    static func legend(_ notation: Notation) -> [String] {
        let (total, adjoint, tangent) = (notation.total("c", "b"), notation.adjoint("b"), notation.tangent("b"))
        return [
        "notation",
        "  ∂c/∂b      local partial: one edge, one operation",
        "  \(total.padded(toWidth: 10)) total derivative, summed over every path",
        "  \(adjoint.padded(toWidth: 10)) adjoint, reverse mode: \(notation.total("e", "b")) for the output e",
        "  \(tangent.padded(toWidth: 10)) tangent, forward mode: \(notation.total("b", "x")) for the input x",
        "  \((adjoint + " = 3 + …").padded(toWidth: 10)) a sum still waiting for contributions",
        "  ∂y/∂x₁     the edge of x's first place in y = x · x",
        "colours",
        "  cyan: the selected node   yellow: the step being played",
        "  bold: the outputs",
        "the table of dz/dx",
        "  Σ paths  the sum over paths   fwd  forward mode",
        "  rev      reverse mode         num  central difference",
        "  ✓ all four agree   ? still to come   - not in this pass",
        ]
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
        "help \(page + 1)/\(count) · ? next page · Esc closes"
    }
}
