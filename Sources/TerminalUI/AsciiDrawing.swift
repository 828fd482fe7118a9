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
        canvas.makeASCII(keepingWide: true)
        var rows = canvas.rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while rows.last == "" { rows.removeLast() }
        return Array(rows.drop { $0.isEmpty })
    }
}
