import TextCanvas

extension ExplorerState {
    /// The graph pane as plain text, for output that is not a terminal: the detailed boxes
    /// with the numbers the pass being played has revealed, or the overview (one line a node)
    /// when `overview` asks for it or the boxes are wider than `width` — text cannot be panned.
    /// ASCII but for wide characters (the Chinese box titles, names such as `名字`), which take
    /// two columns in any terminal; trailing spaces and blank rows at either end dropped.
    func asciiDrawing(width: Int, overview wanted: Bool = false) -> [String] {
        let pane = GraphPane(layout: layout, disclosure: disclosure, selected: selected, notation: notation)
        let overview = wanted || layout.width > width
            ? OverviewLayout.fitting(layout, disclosure, width: width, heights: [Int.max]).overview : nil
        var canvas = Canvas(width: overview?.width ?? layout.width, height: overview?.height ?? layout.height)
        pane.draw(into: &canvas, Rect(canvas), overview: overview)
        return canvas.plainRows()
    }
}

extension ArrayExplorerState {
    /// The block graph pane as plain text: its boxes in ASCII, each with its shape (or its
    /// number) as the pass being played shows it; or, when they are wider than `width`, each
    /// block on a line of its own with its arrays written out beneath — its value, and in
    /// reverse mode its gradient so far — as the node panel writes them.
    func asciiDrawing(width: Int) -> [String] {
        guard layout.width > width else {
            var canvas = Canvas(width: layout.width, height: layout.height)
            pane.draw(into: &canvas, Rect(canvas))
            return canvas.plainRows()
        }
        return boxes.flatMap { node in
            let panel = BlockNodePanel(evaluation: evaluation, walkthrough: walkthrough, selected: node, notation: notation)
            let reverse = if case .reverse = walkthrough?.kind { true } else { false }
            let arrays = panel.tiles.prefix(reverse ? 2 : 1).flatMap { tile in
                tile.lines.count == 1 ? ["  \(tile.heading) = \(tile.lines[0])"] : ["  \(tile.heading) ="] + tile.lines.map { "    " + $0 }
            }
            return [panel.lines[0].text] + arrays
        }
    }
}

extension Canvas {
    /// The rows as text for a pipe: ASCII but for wide characters, trailing spaces and blank
    /// rows at either end dropped.
    mutating func plainRows() -> [String] {
        makeASCII(keepingWide: true)
        var rows = rows.map(\.trailingSpacesDropped)
        while rows.last == "" { rows.removeLast() }
        return Array(rows.drop { $0.isEmpty })
    }
}
