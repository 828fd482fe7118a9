import TextCanvas

/// A cell to draw at column `x`, row `y`.
struct CellChange: Equatable {
    let x: Int
    let y: Int
    let cell: Cell
}

extension Canvas {
    /// The cells that differ from `previous`, row by row; every cell when there is no previous
    /// canvas or its size differs. A wide character is one change at its first cell, made when
    /// either of its cells differs; continuation cells are never changes of their own, as curses
    /// draws them with their wide character.
    func changes(since previous: Canvas?) -> [CellChange] {
        let comparable = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var result: [CellChange] = []
        for y in 0..<height {
            for x in 0..<width where !self[x, y].isContinuation {
                let columns = self[x + 1, y].isContinuation ? x...(x + 1) : x...x
                if columns.contains(where: { comparable?[$0, y] != self[$0, y] }) {
                    result.append(CellChange(x: x, y: y, cell: self[x, y]))
                }
            }
        }
        return result
    }
}
