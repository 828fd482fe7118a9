import Words

/// The part of a layout that a pane shows: a `width × height` window whose top-left corner is
/// the layout point `origin`.
struct Viewport {
    let origin: GraphLayout.Point
    let width: Int
    let height: Int

    /// A window of `width × height` onto a layout of `layoutWidth × layoutHeight`. A layout that
    /// fits is centred; a larger one is centred on the boxes in `focus` — all of them if they fit
    /// together, else the first — without showing space beyond the layout's edges. It depends
    /// only on the focus, so the view never drifts.
    init(width: Int, height: Int, layoutWidth: Int, layoutHeight: Int, focus: [GraphLayout.Box]) {
        self.width = width
        self.height = height
        guard let first = focus.first else {
            origin = GraphLayout.Point(x: 0, y: 0)
            return
        }
        var (left, top) = (focus.map(\.x).min()!, focus.map(\.y).min()!)
        var (right, bottom) = (focus.map { $0.x + $0.width }.max()!, focus.map { $0.y + $0.height }.max()!)
        if right - left > width || bottom - top > height {
            (left, top, right, bottom) = (first.x, first.y, first.x + first.width, first.y + first.height)
        }
        func axis(_ start: Int, _ end: Int, _ total: Int, _ view: Int) -> Int {
            total <= view ? -(view - total) / 2 : max(0, min(total - view, (start + end) / 2 - view / 2))
        }
        origin = GraphLayout.Point(x: axis(left, right, layoutWidth, width), y: axis(top, bottom, layoutHeight, height))
    }

    /// Whether the whole box is in view.
    func shows(_ box: GraphLayout.Box) -> Bool {
        box.x >= origin.x && box.y >= origin.y && box.x + box.width <= origin.x + width && box.y + box.height <= origin.y + height
    }

    /// How many of `boxes` are not wholly in view, and which way each lies — sideways before up
    /// or down — as in `12 nodes off screen: → 8, ↓ 4`; nil when every box is in view.
    func offScreenNotice(_ boxes: [GraphLayout.Box]) -> String? {
        var counts: [(arrow: String, count: Int)] = [("←", 0), ("→", 0), ("↑", 0), ("↓", 0)]
        for box in boxes where !shows(box) {
            let direction = box.x < origin.x ? 0 : box.x + box.width > origin.x + width ? 1 : box.y < origin.y ? 2 : 3
            counts[direction].count += 1
        }
        let total = counts.map(\.count).reduce(0, +)
        guard total > 0 else { return nil }
        let parts = counts.filter { $0.count > 0 }.map { "\($0.arrow) \($0.count)" }
        return ExplorerWords.current.offScreen(total, parts.joined(separator: ", "))
    }
}
