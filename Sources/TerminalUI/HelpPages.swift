import TextCanvas

/// The `?` help, in pages that fit the screen: the screen's keys, then a legend of what the
/// symbols, colours and columns mean.
enum HelpPages {
    /// What the explorer's symbols, colours and table columns mean.
    static let legend = [
        "notation",
        "  ∂c/∂b      local partial: one edge, one operation",
        "  dc/db      total derivative, summed over every path",
        "  b̄ (grad b) adjoint, reverse mode: de/db for the output e",
        "  ḃ (tan b)  tangent, forward mode: db/dx for the input x",
        "  b̄ = 3 + …  a sum still waiting for contributions",
        "  ∂y/∂x₁     the edge of x's first place in y = x · x",
        "colours",
        "  cyan: the selected node   yellow: the step being played",
        "  bold: the outputs",
        "the table of dz/dx",
        "  Σ paths  the sum over paths   fwd  forward mode",
        "  rev      reverse mode         num  central difference",
        "  ✓ all four agree   ? still to come   - not in this pass",
    ]

    /// The pages for `keys` and the legend, at most `rows` lines each.
    static func pages<Action>(_ keys: KeyTable<Action>, rows: Int) -> [[String]] {
        let width = keys.bindings.map(\.keys.displayWidth).max()! + 2
        let keyLines = keys.bindings.map { $0.keys.padded(toWidth: width) + $0.help }
        let rows = max(1, rows)
        return stride(from: 0, to: keyLines.count, by: rows).map { Array(keyLines[$0..<min($0 + rows, keyLines.count)]) }
            + stride(from: 0, to: legend.count, by: rows).map { Array(legend[$0..<min($0 + rows, legend.count)]) }
    }

    /// The title of page `page` (from 0) of `count`.
    static func title(page: Int, of count: Int) -> String {
        "help \(page + 1)/\(count) · ? next page · Esc closes"
    }
}
